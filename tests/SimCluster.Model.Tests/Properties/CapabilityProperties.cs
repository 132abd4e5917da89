using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SimCluster.Model.Capability;
using SimCluster.Model.Readouts;
using SimCluster.Model.Scaling;

namespace SimCluster.Model.Tests.Properties;

/// <summary>
/// What the capability index must do for any input (docs/model.md §5, §18): rise with compute while data lasts, stay
/// bounded by a finite stock when algorithms do not make tokens worth more, and never read GPQA above its ceiling.
/// </summary>
public sealed class CapabilityProperties
{
    private static readonly LossConstants C = LossConstants.Besiroglu2024;

    [Property(MaxTest = 300)]
    public Property Capability_rises_with_compute_when_data_is_unlimited() =>
        Prop.ForAll(Gens.LogUniform(22, 38).ToArbitrary(), Gens.Uniform(1.01, 100).ToArbitrary(), Gens.LogUniform(0, 8).ToArbitrary(), (flop, more, m) =>
        {
            var c = C.WithProgress(m, 0.25);
            double K(double f) => CapabilityIndex.Default.Pretraining(ChinchillaEquivalent.Compute(C, Allocator.Allocate(c, f, double.MaxValue, AllocationPolicy.DataConstrained).Loss));
            return K(flop * more) > K(flop);
        });

    [Property(MaxTest = 300)]
    public Property Without_data_efficiency_a_finite_stock_bounds_C_eq_whatever_the_compute_and_algorithms() =>
        Prop.ForAll(Gens.LogUniform(24, 45).ToArbitrary(), Gens.LogUniform(12, 16).ToArbitrary(), Gens.LogUniform(0, 10).ToArbitrary(), (flop, stock, m) =>
        {
            // s = 0: progress makes parameters, not tokens, worth more, so L − E > B/(U·(1 + R*))^β however large N is.
            var c = C.WithProgress(m, 0);
            double loss = Allocator.Allocate(c, flop, stock, AllocationPolicy.DataConstrained).Loss;
            double floor = C.B / Math.Pow(stock * RepeatedData.MaxEffectiveMultiple(), C.Beta);
            double bound = ChinchillaEquivalent.Compute(C, C.E + floor);
            return loss > C.E + floor * (1 - 1e-12) && ChinchillaEquivalent.Compute(C, loss) <= bound * (1 + 1e-9);
        });

    [Property(MaxTest = 300)]
    public Property Gpqa_never_exceeds_its_ceiling_and_never_falls_below_chance() =>
        Prop.ForAll(Gens.Uniform(-500, 5000).ToArbitrary(), k =>
        {
            double g = ReadoutSet.Default.GpqaDiamond.Score(k);
            return g <= GpqaReadoutDefaults.Ceiling && g >= GpqaReadoutDefaults.Floor;
        });
}
