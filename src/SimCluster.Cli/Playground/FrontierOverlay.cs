using SimCluster.Model.Calibration;
using SimCluster.Model.World;

namespace SimCluster.Cli.Playground;

/// <summary>
/// Real frontier models for the capability and GPQA charts: the copy of Epoch AI's table shipped as
/// data/frontier-models.csv (ECI, release date, training compute, GPQA Diamond from Epoch's own runs; each row cites
/// its sources), models released before 2025.25 only, the same table the model was calibrated against.
/// </summary>
public static class FrontierOverlay
{
    /// <summary>One real model as the charts show it.</summary>
    public sealed record Point(string Model, string Lab, string Date, double Year, double Eci, double? Gpqa, double? TrainingFlop, string Source);

    /// <summary>Where the build copies the table.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "data", "frontier-models.csv");

    /// <summary>The models in <paramref name="path"/>; an unreadable table is a usage error naming file, line and field.</summary>
    public static IReadOnlyList<Point> Load(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            return FrontierCalibrationTable.Parse(reader, path)
                .Select(m => new Point(m.Model, m.Developer, CalendarMonth.OfDate(m.ReleaseYear), m.ReleaseYear, m.Eci, m.GpqaDiamond, m.TrainFlop, m.Source))
                .ToArray();
        }
        catch (Exception e) when (e is CalibrationDataException or IOException)
        {
            throw new UsageException($"the playground's frontier table: {e.Message}");
        }
    }
}
