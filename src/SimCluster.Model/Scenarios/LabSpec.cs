using SimCluster.Model.Economics;
using SimCluster.Model.Simulation;
using SimCluster.Model.Strategy;

namespace SimCluster.Model.Scenarios;

/// <summary>A lab in a scenario: strategy, budget, the cluster it trains on and the data sources it can reach.</summary>
/// <param name="Name">Unique lab name.</param>
/// <param name="Strategy">Compute shares, allocation policy, synthetic mode, run length.</param>
/// <param name="Budget">Compute budget path and energy price.</param>
/// <param name="Cluster">Name of the cluster it uses.</param>
/// <param name="Sources">Names of the data sources it can train on.</param>
/// <param name="InitialParams">Parameters of its model at the start (default: Llama 3.1 405B).</param>
/// <param name="InitialTokens">Training tokens of that model.</param>
/// <param name="DatasetTrend">When set, its largest run's dataset follows this trend instead of its compute (docs/model.md §6).</param>
public sealed record LabSpec(
    string Name, LabStrategy Strategy, BudgetParameters Budget, string Cluster, IReadOnlyList<string> Sources,
    double InitialParams = 405e9, double InitialTokens = 15.6e12, DatasetTrend? DatasetTrend = null);
