using SimCluster.Model.Readouts;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SimCluster.Model.Capability;
using SimCluster.Model.Data;
using SimCluster.Model.Scaling;
using SimCluster.Model.Synthetic;

namespace SimCluster.Model.Tests.Properties;

/// <summary>Invariants of the model's equations that must hold for any input in range.</summary>
public sealed class ModelProperties
{
    [Property(MaxTest = 300)]
    public Property Loss_decreases_in_params_and_tokens() =>
        Prop.ForAll(Gens.LogUniform(6, 14).ToArbitrary(), Gens.LogUniform(8, 16).ToArbitrary(), Gens.Uniform(1.01, 10).ToArbitrary(), (n, d, k) =>
            LossConstants.BuiltIn.All(c =>
                ChinchillaLaw.Loss(c, n * k, d) < ChinchillaLaw.Loss(c, n, d) &&
                ChinchillaLaw.Loss(c, n, d * k) < ChinchillaLaw.Loss(c, n, d) &&
                ChinchillaLaw.Loss(c, n, d) > c.E));

    [Property(MaxTest = 300)]
    public Property Effective_data_multiple_is_increasing_and_below_one_plus_R_star() =>
        // Up to 100 epochs: beyond that D' sits at its limit to within double precision.
        Prop.ForAll(Gens.LogUniform(0, 2).ToArbitrary(), Gens.Uniform(1.0001, 2).ToArbitrary(), (epochs, step) =>
        {
            const double u = 1e12;
            double a = RepeatedData.EffectiveTokens(epochs * u, u) / u;
            double b = RepeatedData.EffectiveTokens(epochs * step * u, u) / u;
            return b > a && b < 1 + RepeatedData.DataDecay && a <= epochs + 1e-12;
        });

    [Property(MaxTest = 300)]
    public Property Accumulate_penalty_never_exceeds_kappa_phi_pi2_over_6_of_the_reducible_loss() =>
        Prop.ForAll(Gen.Choose(0, 100_000).ToArbitrary(), Gens.Uniform(0, 1).ToArbitrary(), Gens.Uniform(0, 2).ToArbitrary(), (n, phi, reducible) =>
        {
            double kappa = SyntheticDataParameters.CalibratedKappa;
            double penalty = CollapsePenalty.Loss(SyntheticMode.Accumulate, kappa, phi, n, reducible);
            return penalty >= 0 && penalty <= CollapsePenalty.AccumulateBound(kappa, phi, reducible) + 1e-15 &&
                   CollapsePenalty.Loss(SyntheticMode.Replace, kappa, phi, n, reducible) >= penalty - 1e-15;
        });

    [Property(MaxTest = 300)]
    public Property Readouts_stay_within_floor_and_ceiling() =>
        Prop.ForAll(Gens.Uniform(-1000, 2000).ToArbitrary(), k =>
            ReadoutSet.Default.Logistic.All(r => r.Score(k) >= r.Floor && r.Score(k) <= r.Ceiling));

    [Property(MaxTest = 100)]
    public Property Allocation_never_uses_more_unique_data_than_reachable_and_spends_the_budget() =>
        Prop.ForAll(Gens.LogUniform(22, 29).ToArbitrary(), Gens.LogUniform(10, 15).ToArbitrary(), (flop, unique) =>
            new[] { AllocationPolicy.ComputeOptimal, AllocationPolicy.DataConstrained, AllocationPolicy.Overtrain(5) }.All(policy =>
            {
                var a = Allocator.Allocate(LossConstants.Besiroglu2024, flop, unique, policy);
                return a.UniqueTokens <= unique * (1 + 1e-12) && a.UniqueTokens <= a.Tokens * (1 + 1e-12) &&
                       Math.Abs(6 * a.Params * a.Tokens / flop - 1) < 1e-9 && a.EffectiveTokens <= a.Tokens * (1 + 1e-12);
            }));

    [Property(MaxTest = 200)]
    public Property Exclusive_grants_never_exceed_requests_or_what_is_available() =>
        Prop.ForAll(Gens.LogUniform(9, 14).ToArbitrary(), Gens.LogUniform(9, 14).ToArbitrary(), Gens.LogUniform(9, 14).ToArbitrary(), (a, b, available) =>
        {
            var grants = ExclusiveAllocation.Allocate(new Dictionary<string, double> { ["lab-b"] = b, ["lab-a"] = a }, available);
            return grants["lab-a"] <= a && grants["lab-b"] <= b && grants.Values.Sum() <= available * (1 + 1e-12) &&
                   (a + b <= available ? grants["lab-a"] == a : Math.Abs(grants["lab-a"] / a - grants["lab-b"] / b) < 1e-12);
        });
}
