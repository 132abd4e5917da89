using SimCluster.Model.Calibration;

namespace SimCluster.Cli;

/// <summary>
/// The frontier calibration table the capability, post-training and readout fits read: found, read and checked once,
/// each problem a <see cref="UsageException"/> that names the file.
/// </summary>
public static class FrontierTableInput
{
    /// <summary>Environment variable naming the frontier calibration CSV; overrides the search.</summary>
    public const string PathVariable = "SIMCLUSTER_FRONTIER_CSV";

    /// <summary>
    /// The table is not shipped (it is Epoch AI's data, kept beside the checkout): $SIMCLUSTER_FRONTIER_CSV, else the
    /// first shared/data/frontier-calibration.csv found in the current directory, the program's directory or a parent.
    /// </summary>
    public static string? Locate()
    {
        string? env = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrEmpty(env)) return env;
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, "shared", "data", "frontier-calibration.csv");
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    /// <summary>
    /// Reads the table at <paramref name="dataPath"/> (or the located one) and applies <paramref name="fit"/> to it;
    /// a missing file or a table or fit problem (<see cref="CalibrationDataException"/>) is a usage error naming the file.
    /// </summary>
    public static (string Path, T Result) Fit<T>(string? dataPath, Func<IReadOnlyList<FrontierModel>, T> fit)
    {
        string path = dataPath ?? Locate() ?? throw new UsageException(
            $"frontier-calibration.csv not found (looked for shared/data/frontier-calibration.csv above the current directory and the program, and ${PathVariable}); pass --data CSV");
        if (!File.Exists(path)) throw new UsageException($"--data: file not found: {path}");
        try
        {
            using var reader = new StreamReader(path);
            return (path, fit(FrontierCalibrationTable.Parse(reader, path)));
        }
        catch (CalibrationDataException e)
        {
            throw new UsageException(e.Message.StartsWith(path, StringComparison.Ordinal) ? e.Message : $"{path}: {e.Message}");
        }
    }
}
