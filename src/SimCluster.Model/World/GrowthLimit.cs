namespace SimCluster.Model.World;

/// <summary>What held a cluster's purchases back in a step (docs/model.md §3), in the order a lab reports it:
/// a lab short of data reports <c>data</c> whatever its cluster did.</summary>
public enum GrowthLimit
{
    /// <summary>Nothing: the budget was zero, or nothing was bought.</summary>
    None,

    /// <summary>Money: every dollar available was spent.</summary>
    Budget,

    /// <summary>Installed power may grow only so fast; the rest of the money was banked.</summary>
    BuildRate,

    /// <summary>The site's power cap; the rest of the money was banked.</summary>
    PowerCap,
}
