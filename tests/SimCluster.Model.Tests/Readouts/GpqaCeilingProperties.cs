using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SimCluster.Model.Readouts;
using SimCluster.Model.Tests.Properties;

namespace SimCluster.Model.Tests.Readouts;

/// <summary>GPQA Diamond cannot pass its label-noise ceiling, however large K grows (docs/model.md §19).</summary>
public sealed class GpqaCeilingProperties
{
    [Property(MaxTest = 500)]
    public Property Gpqa_stays_between_chance_and_its_ceiling_for_any_K() =>
        Prop.ForAll(Gens.Uniform(-1e4, 1e4).ToArbitrary(), k =>
        {
            double s = ReadoutSet.Default.GpqaDiamond.Score(k);
            return s >= GpqaReadoutDefaults.Floor && s <= GpqaReadoutDefaults.Ceiling && s < 100;
        });

    [Property(MaxTest = 500)]
    public Property Gpqa_stays_below_its_ceiling_for_any_finite_double() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NormalFloat>(), k =>
            ReadoutSet.Default.GpqaDiamond.Score(k.Get) <= GpqaReadoutDefaults.Ceiling);
}
