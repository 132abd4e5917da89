using SimCluster.Model.Capability;
using SimCluster.Model.PostTraining;
using SimCluster.Model.Progress;
using SimCluster.Model.Scaling;
using SimCluster.Model.Parameters;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Simulation;
using SimCluster.Model.Synthetic;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Scenarios.Reading;

/// <summary>Reads <c>world</c>: every block optional, each missing value the Model's default.</summary>
internal static class WorldReader
{
    // The mapping records' own defaults for floor and ceiling (their other values are never used).
    private static readonly LossGapGpqaMapping LossGapDefaults = new(1, 1, 0);
    private static readonly PlainLossGpqaMapping PlainLossDefaults = new(1, 1);

    public static WorldParameters Read(MapReader? w, double startYear)
    {
        var d = WorldParameters.Default;
        if (w is null) return d with { StartYear = startYear };
        var constants = w.Get("loss_constants") is { } c ? Constants(c, w.At("loss_constants"), w.Errors) : d.Constants;
        return new WorldParameters(
            startYear,
            constants,
            Mapping(w, constants),
            Progress(w.Map("algorithmic_progress", ScenarioKeys.AlgorithmicProgress)),
            Synthetic(w.Map("synthetic", ScenarioKeys.Synthetic)),
            Rl(w.Map("rl", ScenarioKeys.Rl)),
            TestTime(w.Map("test_time", ScenarioKeys.TestTime)))
        {
            Capability = Capability(w.Map("capability", ScenarioKeys.Capability)),
        };
    }

    /// <summary>A built-in set by name (<see cref="LossConstants.Find"/>), or a custom map.</summary>
    private static LossConstants Constants(YamlNode node, string path, ErrorSink errors)
    {
        var fallback = LossConstants.Besiroglu2024;
        if (node is YamlScalarNode)
        {
            if (MapReader.ReadString(node, path, errors) is not { } name) return fallback;
            if (LossConstants.Find(name) is { } found) return found;
            errors.At(node, path, $"unknown loss constants {IssueText.Quote(name)}; {Suggestions.Allowed(name, LossConstants.BuiltIn.Select(b => b.Name))}, or a map with keys {string.Join(", ", ScenarioKeys.LossConstants)}");
            return fallback;
        }
        if (MapReader.AsMap(node, path, ScenarioKeys.LossConstants, errors) is not { } m) return fallback;
        return new LossConstants(
            m.OptionalString("name") ?? "custom",
            m.RequiredNumber("irreducible_loss_nats", "E, the irreducible loss in nats per token"),
            m.RequiredNumber("a", "A, the parameter-term coefficient"),
            m.RequiredNumber("b", "B, the data-term coefficient"),
            m.RequiredNumber("alpha", "α, the parameter exponent"),
            m.RequiredNumber("beta", "β, the data exponent"));
    }

    /// <summary>
    /// The GPQA mapping; omitted, it is the calibrated default for a built-in constant set (GpqaDefaults). A custom
    /// set has no calibrated mapping, so then the mapping (or its loss_gap steepness and midpoint) is required.
    /// </summary>
    private static IGpqaMapping Mapping(MapReader w, LossConstants constants)
    {
        LossGapGpqaMapping? calibrated = LossConstants.BuiltIn.Contains(constants) ? GpqaDefaults.For(constants) : null;
        string path = w.At("gpqa_mapping");
        var node = w.Get("gpqa_mapping");
        if (node is null)
        {
            if (calibrated is not null) return calibrated;
            w.Missing("gpqa_mapping", $"a mapping, because calibrated ones exist only for the built-in loss constants ({string.Join(", ", LossConstants.BuiltIn.Select(b => b.Name))}); run 'simcluster calibrate' to fit one");
            return GpqaDefaults.Besiroglu2024;
        }
        string form = Form(node, path, w.Errors);
        if (form == Vocabulary.PlainLossForm)
        {
            if (MapReader.AsMap(node, path, ScenarioKeys.PlainLossMapping, w.Errors) is not { } p) return GpqaDefaults.Besiroglu2024;
            return new PlainLossGpqaMapping(
                p.RequiredNumber("slope_per_nat", "g, the logistic slope per nat of loss"),
                p.RequiredNumber("midpoint_loss_nats", "L0, the loss (nats per token) at 50%"),
                p.Number("ceiling_percent", PlainLossDefaults.Ceiling));
        }
        if (MapReader.AsMap(node, path, ScenarioKeys.LossGapMapping, w.Errors) is not { } m) return GpqaDefaults.Besiroglu2024;
        return new LossGapGpqaMapping(
            calibrated is null ? m.RequiredNumber("steepness", "s, the steepness per unit of ln(L − E)") : m.Number("steepness", calibrated.Steepness),
            calibrated is null ? m.RequiredNumber("midpoint_gap_nats", "ℓ_mid, the reducible loss L − E at the midpoint score") : m.Number("midpoint_gap_nats", calibrated.MidpointGap),
            m.Number("irreducible_loss_nats", constants.E),
            m.Number("floor_percent", calibrated?.Floor ?? LossGapDefaults.Floor),
            m.Number("ceiling_percent", calibrated?.Ceiling ?? LossGapDefaults.Ceiling));
    }

    /// <summary>The mapping's form, read before its keys because the allowed keys depend on it.</summary>
    private static string Form(YamlNode node, string path, ErrorSink errors)
    {
        if (node is not YamlMappingNode m) return Vocabulary.LossGapForm;
        var entry = m.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: "form" });
        if (entry.Value is null || YamlValues.IsNull(entry.Value)) return Vocabulary.LossGapForm;
        string? form = MapReader.ReadString(entry.Value, $"{path}.form", errors);
        if (form is null || Vocabulary.MappingForms.ContainsKey(form)) return form ?? Vocabulary.LossGapForm;
        errors.At(entry.Value, $"{path}.form", $"unknown value {IssueText.Quote(form)}; {Suggestions.Allowed(form, Vocabulary.MappingForms.Keys)}");
        return Vocabulary.LossGapForm;
    }

    private static AlgorithmicProgressParameters Progress(MapReader? m)
    {
        var d = AlgorithmicProgressParameters.Default;
        return m is null ? d : new(m.Number("doubling_months", d.DoublingMonths), m.Number("max_multiplier", d.MaxMultiplier));
    }

    private static SyntheticDataParameters Synthetic(MapReader? m)
    {
        var d = SyntheticDataParameters.Default;
        if (m is null) return d;
        return new(
            m.Number("verification_factor", d.VerificationFactor),
            m.Number("generator_fraction", d.GeneratorFraction),
            m.Number("saturation_sigma", d.SaturationSigma),
            m.Number("quality", d.Quality),
            m.Number("collapse_kappa_nats_per_generation", d.CollapseKappa));
    }

    private static RlParameters Rl(MapReader? m)
    {
        var d = RlParameters.Default;
        if (m is null) return d;
        return new(
            m.Number("headroom_fraction", d.Headroom),
            m.Number("midpoint_ratio", d.MidpointRatio),
            m.Number("steepness", d.Steepness),
            m.Number("environment_cost_multiple", d.EnvironmentCostMultiple));
    }

    private static CapabilityIndex Capability(MapReader? m)
    {
        var d = CapabilityIndex.Default;
        return m is null ? d : new(m.Number("intercept_eci", d.Intercept), m.Number("eci_per_decade", d.SlopePerDecade));
    }

    private static TestTimeParameters TestTime(MapReader? m)
    {
        var d = TestTimeParameters.Default;
        return m is null ? d : new(m.Number("thinking_multiplier", d.ThinkingMultiplier), m.Number("points_per_decade", d.PointsPerDecade));
    }
}
