using SimCluster.Model.Calibration;
using SimCluster.Model.World;

namespace SimCluster.Model.Backtest;

/// <summary>The largest training run per calendar year, in the table and in a run (<see cref="YearlyLargestRun"/>).</summary>
public static class LargestRuns
{
    /// <summary>
    /// The calendar year of a step ending at <paramref name="stepEndYear"/>: the year of the step's last month. A step's
    /// year is its end, so the step ending at exactly 2025.0 is December 2024 and a model released on it belongs to
    /// 2024 (the same month <c>Years.Label</c> prints, "2024-12"). Floor alone would put it in 2025; subtracting a
    /// tolerance far smaller than a step first keeps it in the month it was trained and released in.
    /// </summary>
    public static int CalendarYearOfStep(double stepEndYear) => (int)Math.Floor(stepEndYear - SimulatedFrontier.Tolerance);

    /// <summary>
    /// The calendar year of a real release dated <paramref name="releaseYear"/>: a date, not the end of a step, so
    /// 2025.0 is 1 January 2025.
    /// </summary>
    public static int CalendarYearOfRelease(double releaseYear) => (int)Math.Floor(releaseYear);

    /// <summary>
    /// Each calendar year with a real model of known training compute among <paramref name="realModels"/> (already
    /// limited to the simulated range), against the largest model released in <paramref name="rows"/> that year
    /// (rows with <see cref="TrajectoryRow.ModelReleased"/>; ties go to the earlier release, then the lab first by name).
    /// </summary>
    public static IReadOnlyList<YearlyLargestRun> Compare(IEnumerable<TrajectoryRow> rows, IEnumerable<FrontierModel> realModels)
    {
        var simulated = rows.Where(r => r.ModelReleased)
            .GroupBy(r => CalendarYearOfStep(r.Year))
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Year).ThenBy(r => r.Lab, StringComparer.Ordinal).MaxBy(r => r.ModelPretrainFlop)!);
        return RecordSetters.InReleaseOrder(realModels)
            .Where(m => m.TrainFlop is not null)
            .GroupBy(m => CalendarYearOfRelease(m.ReleaseYear))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var real = g.MaxBy(m => m.TrainFlop!.Value)!;
                var sim = simulated.GetValueOrDefault(g.Key);
                return new YearlyLargestRun(g.Key, real.Model, real.TrainFlop!.Value, sim?.ModelPretrainFlop, sim?.Lab, sim?.ModelTrainPowerMw,
                    sim is null ? null : sim.ModelPretrainFlop / real.TrainFlop!.Value);
            })
            .ToArray();
    }
}
