using SimCluster.Model.World;

namespace SimCluster.Model.Sweeps;

/// <summary>A trajectory column a sweep summarises as percentile bands, year by year.</summary>
/// <param name="Name">Column name, as in trajectories.csv.</param>
/// <param name="Unit">Unit, for tables and plots.</param>
/// <param name="Read">Reads the value from a row.</param>
public sealed record BandMetric(string Name, string Unit, Func<TrajectoryRow, double> Read)
{
    /// <summary>The metrics every sweep keeps (docs/model.md §15: percentile bands per metric and year).</summary>
    public static IReadOnlyList<BandMetric> All { get; } =
    [
        new("capability_eci", "ECI", r => r.CapabilityEci),
        new("capability_pretrain_eci", "ECI", r => r.CapabilityPretrainEci),
        new("chinchilla_equivalent_flop", "FLOP", r => r.ChinchillaEquivalentFlop),
        new("loss", "nats/token", r => r.Loss),
        new("gpqa", "%", r => r.Gpqa),
        new("frontiermath", "%", r => r.Frontiermath),
        new("swebench", "%", r => r.Swebench),
        new("math_level5", "%", r => r.MathLevel5),
        new("metr_horizon_minutes", "minutes", r => r.MetrHorizonMinutes),
        new("effective_compute", "FLOP", r => r.EffectiveCompute),
        new("human_unseen_tokens", "tokens", r => r.HumanUnseenTokens),
        new("energy_kwh_cumulative", "kWh", r => r.EnergyKwhCumulative),
        new("cost_usd_cumulative", "USD", r => r.CostUsdCumulative),
        new("power_mw", "MW", r => r.PowerMw),
    ];

    /// <summary>The metric named <paramref name="name"/>, or null.</summary>
    public static BandMetric? Find(string name) => All.FirstOrDefault(m => m.Name == name);
}
