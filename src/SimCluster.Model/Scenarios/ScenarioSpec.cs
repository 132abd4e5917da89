using SimCluster.Model.Data;
using SimCluster.Model.Simulation;

namespace SimCluster.Model.Scenarios;

/// <summary>
/// A resolved scenario: every parameter of a run, whatever file format it came from. The scenario grain builds the
/// world from this, and <see cref="ScenarioValidator"/> checks it before anything runs.
/// </summary>
/// <param name="Name">Scenario name.</param>
/// <param name="StartYear">t0, decimal year.</param>
/// <param name="EndYear">Last year simulated.</param>
/// <param name="StepMonths">Δ in months.</param>
/// <param name="Seed">Seed of the counter-based RNG.</param>
/// <param name="World">Shared model constants.</param>
/// <param name="Sources">Human-data sources.</param>
/// <param name="Clusters">GPU clusters.</param>
/// <param name="Labs">Labs.</param>
/// <param name="Uncertain">Parameters a sweep draws per replicate; empty for a single run.</param>
public sealed record ScenarioSpec(
    string Name, double StartYear, double EndYear, double StepMonths, ulong Seed, WorldParameters World,
    IReadOnlyList<DataSourceParameters> Sources, IReadOnlyList<ClusterSpec> Clusters, IReadOnlyList<LabSpec> Labs,
    IReadOnlyList<UncertainParameter>? Uncertain = null)
{
    /// <summary>Parameters a sweep draws per replicate (never null).</summary>
    public IReadOnlyList<UncertainParameter> Uncertain { get; init; } = Uncertain ?? [];

    /// <summary>The most steps a scenario may have.</summary>
    public const int MaxSteps = 100_000;

    /// <summary>Number of time steps: (end − start)·12/Δ, rounded to the nearest whole step.</summary>
    public long Steps => (long)Math.Round((EndYear - StartYear) * 12.0 / StepMonths);
}
