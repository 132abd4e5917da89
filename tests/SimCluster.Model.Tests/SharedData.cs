using SimCluster.Model.Calibration;

namespace SimCluster.Model.Tests;

/// <summary>
/// Data files the repository does not ship (other projects' tables): found through an environment variable, else in a
/// <c>shared/data</c> folder beside the checkout (where CI puts them); a test that needs one skips, saying so, when it
/// is absent.
/// </summary>
internal static class SharedData
{
    /// <summary>Epoch AI's frontier models 2023-2025.25 with ECI, training compute and GPQA Diamond.</summary>
    public const string FrontierFile = "frontier-calibration.csv";

    /// <summary>The path of <paramref name="file"/>, or null.</summary>
    public static string? Locate(string file, string environmentVariable)
    {
        string? env = Environment.GetEnvironmentVariable(environmentVariable);
        if (!string.IsNullOrEmpty(env) && File.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "data", file);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The frontier table's rows; skips the calling test when the file is absent.</summary>
    public static IReadOnlyList<FrontierModel> FrontierRows()
    {
        string? path = Locate(FrontierFile, "SIMCLUSTER_FRONTIER_CSV");
        Skip.If(path is null, $"{FrontierFile} not available: set SIMCLUSTER_FRONTIER_CSV or provide shared/data/{FrontierFile} beside the checkout");
        using var reader = new StreamReader(path!);
        return FrontierCalibrationTable.Parse(reader, path!);
    }
}
