using System.Text.Json.Nodes;

namespace SimCluster.Scenarios.Reference;

/// <summary>
/// The schema's distribution maps (<c>$defs/distribution</c> and one definition per kind). They are the same for every
/// variable parameter and are no parameters themselves, so they are written once, by hand, in
/// <c>DistributionSchema.json</c> beside this file (embedded in the assembly); a test checks their keys against
/// <see cref="ScenarioKeys.DistributionsByKind"/>.
/// </summary>
internal static class DistributionSchema
{
    /// <summary>The definitions by name, in the order the schema lists them.</summary>
    public static IEnumerable<(string Name, JsonNode Definition)> Definitions()
    {
        using var stream = typeof(DistributionSchema).Assembly.GetManifestResourceStream("SimCluster.Scenarios.Reference.DistributionSchema.json")
            ?? throw new InvalidOperationException("DistributionSchema.json is not embedded in the assembly");
        var all = JsonNode.Parse(stream)!.AsObject();
        return all.Select(d => (d.Key, d.Value!.DeepClone())).ToArray();
    }
}
