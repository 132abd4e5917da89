using SimCluster.Model.PostTraining;
using SimCluster.Model.Scenarios;
using SimCluster.Model.World;

namespace SimCluster.Cli.Playground;

/// <summary>
/// The trajectory columns the pages chart, named as in trajectories.csv, plus capability_post_eci split into its RL
/// and test-time parts: test time adds γ_K·log10(τ) once RL has arrived (the model's own
/// <see cref="TestTimeCompute.Gain"/> at the step's end), and RL is the rest.
/// </summary>
public static class RunColumns
{
    /// <summary>Each column's name and how it reads a row of a scenario.</summary>
    public static IReadOnlyList<(string Name, Func<ScenarioSpec, TrajectoryRow, double> Read)> All { get; } =
    [
        ("capability_eci", (_, r) => r.CapabilityEci),
        ("capability_pretrain_eci", (_, r) => r.CapabilityPretrainEci),
        ("capability_distill_eci", (_, r) => r.CapabilityDistillEci),
        ("capability_post_eci", (_, r) => r.CapabilityPostEci),
        ("capability_rl_eci", (s, r) => r.CapabilityPostEci - TestTime(s, r)),
        ("capability_test_time_eci", TestTime),
        ("gpqa", (_, r) => r.Gpqa),
        ("frontiermath", (_, r) => r.Frontiermath),
        ("swebench", (_, r) => r.Swebench),
        ("math_level5", (_, r) => r.MathLevel5),
        ("metr_horizon_minutes", (_, r) => r.MetrHorizonMinutes),
        ("chinchilla_equivalent_flop", (_, r) => r.ChinchillaEquivalentFlop),
        ("loss", (_, r) => r.Loss),
        ("params", (_, r) => r.Params),
        ("flop_pretrain", (_, r) => r.FlopPretrain),
        ("flop_experiments", (_, r) => r.FlopExperiments),
        ("flop_synthetic", (_, r) => r.FlopSynthetic),
        ("flop_rl", (_, r) => r.FlopRl),
        ("flop_inference", (_, r) => r.FlopInference),
        ("human_stock_tokens", (_, r) => r.HumanStockTokens),
        ("tokens_desired", (_, r) => r.TokensDesired),
        ("tokens_unique_human", (_, r) => r.TokensUniqueHuman),
        ("tokens_synthetic", (_, r) => r.TokensSynthetic),
        ("energy_kwh", (_, r) => r.EnergyKwh),
        ("energy_kwh_cumulative", (_, r) => r.EnergyKwhCumulative),
        ("power_mw", (_, r) => r.PowerMw),
        ("gpus", (_, r) => r.Gpus),
        ("cost_usd_cumulative", (_, r) => r.CostUsdCumulative),
        ("banked_usd", (_, r) => r.BankedUsd),
    ];

    private static double TestTime(ScenarioSpec spec, TrajectoryRow row) => TestTimeCompute.Gain(spec.World.TestTime, spec.World.Rl, row.Year);
}
