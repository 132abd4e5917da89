using System.Globalization;
using CsvHelper;

namespace SimCluster.Cli.Outputs;

/// <summary>Writes records as CSV: invariant culture, snake_case headers, doubles in round-trip form.</summary>
public static class CsvOutput
{
    /// <summary>Writes <paramref name="rows"/> to <paramref name="path"/>.</summary>
    public static void Write<T>(string path, IEnumerable<T> rows)
    {
        using var writer = new StreamWriter(path);
        Write(writer, rows);
    }

    /// <summary>Writes <paramref name="rows"/> to <paramref name="writer"/>, leaving it open.</summary>
    public static void Write<T>(TextWriter writer, IEnumerable<T> rows)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        csv.Context.RegisterClassMap(new SnakeCaseMap<T>());
        csv.WriteRecords(rows);
    }
}
