using SimCluster.Model.Scaling;

namespace SimCluster.Model.Tests.Validation;

/// <summary>
/// docs/model.md §16.2: Muennighoff et al. 2023, "Scaling Data-Constrained Language Models" (the datablations repository).
/// </summary>
public sealed class RepeatedDataTests
{
    [Theory]
    [InlineData(4, 3.73, 0.01)]   // 4 epochs are worth 93% of fresh data
    [InlineData(16, 10.6, 0.05)]
    public void Effective_data_multiple_matches_paper(double epochs, double expected, double tolerance)
    {
        const double unique = 1e12;
        Assert.InRange(RepeatedData.EffectiveTokens(epochs * unique, unique) / unique, expected - tolerance, expected + tolerance);
    }

    [Fact]
    public void Effective_data_multiple_tends_to_16_39()
    {
        Assert.Equal(16.39, RepeatedData.MaxEffectiveMultiple(), 2);
        Assert.InRange(RepeatedData.EffectiveTokens(1e6 * 1e9, 1e9) / 1e9, 16.38, 16.39);
    }

    [Fact]
    public void Datablations_readme_check_value_2_2256()
    {
        // The datablations README: L(N = 6.34e9, D = 242e9, U = 25e9) = 2.2256 with its own fitted constants.
        var own = new LossConstants("datablations", Math.Exp(0.6254804), Math.Exp(6.255414), Math.Exp(7.3049974), 0.3526596, 0.3526596);
        Assert.Equal(2.2256, RepeatedData.DataConstrainedLoss(own, 6.34e9, 242e9, 25e9), 4);
    }
}
