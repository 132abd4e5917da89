namespace SimCluster.Model.World;

/// <summary>
/// The <c>binding_constraint</c> column (docs/model.md §15): what held a lab back in a step. A lab short of human data
/// reports <c>data</c> whatever its cluster did, since that is what the question is about; otherwise its cluster's
/// growth limit: <c>power_cap</c>, <c>build_rate</c>, <c>budget</c>, or <c>none</c>.
/// </summary>
public static class BindingConstraints
{
    /// <summary>The column's value.</summary>
    public static string Name(bool dataShort, GrowthLimit limit) => dataShort ? "data" : limit switch
    {
        GrowthLimit.PowerCap => "power_cap",
        GrowthLimit.BuildRate => "build_rate",
        GrowthLimit.Budget => "budget",
        _ => "none",
    };
}
