using SimCluster.Model.Scenarios;
using SimCluster.Model.World;

namespace SimCluster.Cli.Runs;

/// <summary>
/// Years lost to the data wall for a finished run: its twin with unlimited human data (<see cref="DataWallTwin"/>) run
/// beside it, and each lab measured against its twin (<see cref="YearsLost"/>).
/// </summary>
/// <remarks>
/// The twin runs here, on the plain model loop (<see cref="WorldRun"/>), not on the grains. It is a pure function of
/// the resolved scenario (the same spec, already sampled, the same seed and replicate), so computing it beside the
/// grains gives byte-identical outputs whatever the cluster's shape, and it costs a fraction of the run it is
/// compared with: no messages, one thread.
/// </remarks>
public static class DataWallRun
{
    /// <summary>
    /// Each lab of <paramref name="real"/>, a run of <paramref name="spec"/>, against its twin. A twin that leaves the
    /// computable range where the run itself did not (a deeper stock lets a lab train on more) leaves the measure
    /// undefined (null) rather than failing a run that finished.
    /// </summary>
    public static IReadOnlyList<DataWallResult> Measure(ScenarioSpec spec, RunSummary real, int replicate = 0)
    {
        try
        {
            return YearsLost.Of(real, DataWallTwin.Run(spec, replicate));
        }
        catch (ScenarioRunException)
        {
            return real.Labs.Select(l => new DataWallResult(l.Lab, null, null)).ToArray();
        }
    }
}
