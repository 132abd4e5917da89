namespace SimCluster.Model.World;

/// <summary>One lab's share of a cluster's step.</summary>
/// <param name="Lab">Lab name.</param>
/// <param name="Weight">Its share of the cluster's budget this step, in [0, 1].</param>
/// <param name="DeliveredFlop">FLOP delivered to the lab.</param>
/// <param name="EnergyKwh">Energy attributed to the lab.</param>
/// <param name="SpendUsd">Capex plus energy opex attributed to the lab.</param>
/// <param name="Gpus">GPUs attributed to the lab.</param>
/// <param name="PowerMw">Facility power attributed to the lab.</param>
/// <param name="BankedUsd">Its share of the money the cluster could not spend yet (kept, not dropped).</param>
/// <param name="Limit">What held the cluster's purchases back this step.</param>
public sealed record TenantShare(string Lab, double Weight, double DeliveredFlop, double EnergyKwh, double SpendUsd, double Gpus, double PowerMw,
    double BankedUsd = 0, GrowthLimit Limit = GrowthLimit.None);
