using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Orleans.Serialization;
using SimCluster.Model.Capability;
using SimCluster.Model.Randomness;

namespace SimCluster.Abstractions;

/// <summary>
/// How SimCluster.Model's records cross the wire. The Model stays free of Orleans attributes, so most of its types
/// (scenarios, plans, rows, summaries) travel through Orleans' System.Text.Json codec registered here. Doubles
/// round-trip exactly in System.Text.Json (shortest round-trippable form), and infinities (e.g. "no algorithmic
/// progress") are allowed. The records a sweep ships per replicate (<see cref="Model.Sweeps.ReplicateRecord"/>,
/// <see cref="Model.World.LabSummary"/>, <see cref="Model.World.GpqaMilestone"/>, <see cref="Model.World.CapabilityMilestone"/>) do not: they have binary surrogates
/// in this assembly, and so has <see cref="Model.Scenarios.ScenarioRunException"/>, which JSON cannot write.
/// </summary>
public static class ModelSerialization
{
    /// <summary>The JSON options for Model types.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Whether <paramref name="type"/> is a Model type carried as JSON (all but the sweep results that have
    /// binary surrogates, and exceptions, which JSON cannot write: ScenarioRunException has its own surrogate).</summary>
    public static bool IsModelType(Type type) =>
        type.Namespace?.StartsWith("SimCluster.Model", StringComparison.Ordinal) == true && !BinaryTypes.Contains(type) &&
        !typeof(Exception).IsAssignableFrom(type);

    // Sweep records, shipped one per replicate: these have binary surrogates in this assembly instead.
    private static readonly HashSet<Type> BinaryTypes = [typeof(Model.Sweeps.ReplicateRecord), typeof(Model.World.LabSummary), typeof(Model.World.GpqaMilestone),
        typeof(Model.World.CapabilityMilestone)];

    /// <summary>Registers the JSON codec for the Model types <see cref="IsModelType"/> accepts (the surrogates register
    /// themselves); call on every silo and client.</summary>
    public static ISerializerBuilder AddSimClusterModel(this ISerializerBuilder builder) =>
        builder.AddJsonSerializer(isSupported: IsModelType, Options);

    private static JsonSerializerOptions Create()
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(info =>
        {
            // GPQA mappings are an interface in the Model; name the implementations here rather than annotate it.
            if (info.Type == typeof(IGpqaMapping))
                info.PolymorphismOptions = new JsonPolymorphismOptions
                {
                    TypeDiscriminatorPropertyName = "form",
                    DerivedTypes = { new JsonDerivedType(typeof(LossGapGpqaMapping), "loss_gap"), new JsonDerivedType(typeof(PlainLossGpqaMapping), "plain_loss") },
                };
            if (info.Type == typeof(ParameterDistribution))
                info.PolymorphismOptions = new JsonPolymorphismOptions
                {
                    TypeDiscriminatorPropertyName = "distribution",
                    DerivedTypes =
                    {
                        new JsonDerivedType(typeof(NormalDistribution), "normal"), new JsonDerivedType(typeof(LogNormalDistribution), "lognormal"),
                        new JsonDerivedType(typeof(UniformDistribution), "uniform"), new JsonDerivedType(typeof(TriangularDistribution), "triangular"),
                    },
                };
        });
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = resolver,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        options.MakeReadOnly();
        return options;
    }
}
