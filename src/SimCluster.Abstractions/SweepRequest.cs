using SimCluster.Model.Scenarios;

namespace SimCluster.Abstractions;

/// <summary>
/// A sweep to run: the scenario (with its uncertain parameters and seed), what kind of sweep, how many replicates
/// (Sobol: base samples), the batch size, the outcome a sensitivity sweep reads, and where the scenario came from.
/// Everything an attaching client needs to write the same files as the one that started it.
/// </summary>
/// <param name="SweepId">The sweep's id (its grain key), printed so a client can attach to it or cancel it.</param>
/// <param name="Scenario">The resolved scenario, with its distributions.</param>
/// <param name="Kind">Monte Carlo, one-at-a-time or Sobol.</param>
/// <param name="Replicates">Monte Carlo replicates or Sobol base samples (one-at-a-time: ignored).</param>
/// <param name="BatchSize">Runs per batch grain.</param>
/// <param name="Outcome">The outcome sensitivity sweeps read per run (<c>SweepOutcome</c> syntax); null for Monte Carlo.</param>
/// <param name="SourceFile">The scenario file's name as given, for the outputs.</param>
/// <param name="Description">The scenario's description, for the resolved scenario file.</param>
[GenerateSerializer, Immutable, Alias("SimCluster.SweepRequest")]
public sealed record SweepRequest(
    [property: Id(0)] string SweepId,
    [property: Id(1)] ScenarioSpec Scenario,
    [property: Id(2)] SweepKind Kind,
    [property: Id(3)] int Replicates,
    [property: Id(4)] int BatchSize,
    [property: Id(5)] string? Outcome = null,
    [property: Id(6)] string SourceFile = "",
    [property: Id(7)] string? Description = null);
