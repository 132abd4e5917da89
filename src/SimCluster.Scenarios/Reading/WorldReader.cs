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
    public static WorldParameters Read(MapReader? w, double startYear)
    {
        var d = WorldParameters.Default;
        if (w is null) return d with { StartYear = startYear };
        var constants = w.Get("loss_constants") is { } c ? Constants(c, w.At("loss_constants"), w.Errors) : d.Constants;
        return new WorldParameters(
            startYear,
            constants,
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

    private static AlgorithmicProgressParameters Progress(MapReader? m)
    {
        var d = AlgorithmicProgressParameters.Default;
        return m is null ? d : new(
            m.Number("doubling_months", d.DoublingMonths),
            m.Number("slowdown_half_life_years", d.SlowdownHalfLifeYears),
            m.Number("data_efficiency_share", d.DataEfficiencyShare));
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
            m.Number("collapse_kappa", d.CollapseKappa),
            m.Number("verified_share", d.VerifiedShare),
            m.Number("verified_cap_tokens", d.VerifiedCapTokens),
            m.Number("distillation_fraction", d.DistillationFraction),
            m.Number("distillation_tokens", d.DistillationTokens));
    }

    private static RlParameters Rl(MapReader? m)
    {
        var d = RlParameters.Default;
        if (m is null) return d;
        return new(
            m.Number("arrival_year", d.ArrivalYear),
            m.Number("headroom_eci", d.HeadroomEci),
            m.Number("midpoint_ratio", d.MidpointRatio),
            m.Number("steepness", d.Steepness),
            m.Number("efficiency_doubling_months", d.EfficiencyDoublingMonths),
            m.Number("carry_over", d.CarryOver),
            m.Number("environment_cost_multiple", d.EnvironmentCostMultiple),
            m.Number("simulation_headroom_per_decade", d.SimulationHeadroomPerDecade),
            m.Number("simulation_reference_flop", d.SimulationReferenceFlop));
    }

    private static CapabilityIndex Capability(MapReader? m)
    {
        var d = CapabilityIndex.Default;
        return m is null ? d : new(m.Number("intercept_eci", d.Intercept), m.Number("eci_per_decade", d.SlopePerDecade));
    }

    private static TestTimeParameters TestTime(MapReader? m)
    {
        var d = TestTimeParameters.Default;
        return m is null ? d : new(m.Number("thinking_multiplier", d.ThinkingMultiplier), m.Number("eci_per_decade", d.EciPerDecade));
    }
}
