using SimCluster.Model.Scenarios;

namespace SimCluster.Abstractions;

/// <summary>
/// Runs a whole scenario in one call on the plain model loop, for answers wanted at once (the playground's redraw on
/// every slider move). Its rows are those of the stepped grains, row for row: the stepped grains are checked against
/// the same loop. A stateless worker, so any silo may take a call and several run side by side.
/// </summary>
[Alias("SimCluster.IWholeRunGrain")]
public interface IWholeRunGrain : IGrainWithIntegerKey
{
    /// <summary>Validates <paramref name="scenario"/> and runs it to the end as replicate 0.</summary>
    [Alias("Run")]
    Task<RunResult> Run(ScenarioSpec scenario);
}
