using System.Globalization;

namespace SimCluster.Playground.Tests;

/// <summary>Reads one column of a trajectories.csv per lab (the file has no quoted fields).</summary>
internal static class Trajectories
{
    public static Dictionary<string, double[]> Column(string csvPath, string column)
    {
        var lines = File.ReadAllLines(csvPath);
        var header = lines[0].Split(',');
        int lab = Array.IndexOf(header, "lab"), col = Array.IndexOf(header, column);
        Assert.True(col >= 0, $"no column {column}");
        return lines.Skip(1).Select(l => l.Split(',')).GroupBy(f => f[lab])
            .ToDictionary(g => g.Key, g => g.Select(f => double.Parse(f[col], CultureInfo.InvariantCulture)).ToArray());
    }
}
