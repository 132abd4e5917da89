namespace SimCluster.Model.World;

/// <summary>What a cluster did in one step (phase 1), in lab-name order.</summary>
/// <param name="Gpus">GPUs in service.</param>
/// <param name="PowerMw">Facility power drawn.</param>
/// <param name="DeliveredFlop">FLOP delivered in the step.</param>
/// <param name="EnergyKwh">Energy drawn in the step.</param>
/// <param name="SpendUsd">Capex plus energy opex in the step.</param>
/// <param name="Tenants">Each lab's share.</param>
public sealed record ClusterStepResult(double Gpus, double PowerMw, double DeliveredFlop, double EnergyKwh, double SpendUsd, IReadOnlyList<TenantShare> Tenants)
{
    /// <summary>The share of <paramref name="lab"/>.</summary>
    public TenantShare For(string lab) =>
        Tenants.FirstOrDefault(t => t.Lab == lab) ?? throw new ArgumentException($"lab '{lab}' is not a tenant of this cluster", nameof(lab));
}
