using SimCluster.Model.Scenarios;

namespace SimCluster.Abstractions;

/// <summary>
/// The clock of one run (key: run id). Builds the world from a resolved scenario and drives the three-phase
/// steps with a barrier between phases. Callers advance it a chunk at a time, so no call runs long enough to time
/// out and a progress bar can move between chunks.
/// </summary>
[Alias("SimCluster.IScenarioGrain")]
public interface IScenarioGrain : IGrainWithStringKey
{
    /// <summary>Validates <paramref name="scenario"/> and initialises every entity grain of the run.</summary>
    [Alias("Start")]
    Task<RunProgress> Start(ScenarioSpec scenario, int replicate);

    /// <summary>Runs up to <paramref name="maxSteps"/> more steps.</summary>
    [Alias("Advance")]
    Task<RunProgress> Advance(int maxSteps);
}
