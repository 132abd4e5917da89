using SimCluster.Model.Scaling;

namespace SimCluster.Model.Tests.Unit;

public sealed class AllocatorTests
{
    private static readonly LossConstants C = LossConstants.Besiroglu2024;

    [Fact]
    public void Data_constrained_equals_compute_optimal_when_data_is_plentiful()
    {
        var a = Allocator.Allocate(C, 1e26, 1e15, AllocationPolicy.DataConstrained);
        var (n, d) = ChinchillaLaw.ComputeOptimal(C, 1e26);
        Assert.Equal(n, a.Params, n * 1e-12);
        Assert.Equal(d, a.UniqueTokens, d * 1e-12);
        Assert.Equal(1, a.Epochs, 12);
    }

    [Fact]
    public void Data_constrained_trades_epochs_for_a_larger_model_and_beats_naive_repetition()
    {
        // 1e27 FLOP wants ~5e13 tokens; give it a tenth of that.
        var (nOpt, dOpt) = ChinchillaLaw.ComputeOptimal(C, 1e27);
        double unique = dOpt / 10;
        var constrained = Allocator.Allocate(C, 1e27, unique, AllocationPolicy.DataConstrained);
        var naive = Allocator.Allocate(C, 1e27, unique, AllocationPolicy.ComputeOptimal);
        Assert.True(constrained.Params > nOpt, "a data-starved lab should train a larger model");
        Assert.True(constrained.Loss < naive.Loss, "the optimiser must beat plain repetition");
        Assert.Equal(unique, constrained.UniqueTokens, unique * 1e-9);
        // The optimum is interior: nudging N either way does not help.
        foreach (double f in new[] { 0.9, 1.1 })
            Assert.True(Allocator.At(C, 1e27, constrained.Params * f, unique).Loss >= constrained.Loss - 1e-9);
    }

    [Fact]
    public void Overtrain_sets_tokens_per_parameter_to_k_times_optimal()
    {
        var (n, d) = ChinchillaLaw.ComputeOptimal(C, 1e25);
        var a = Allocator.Allocate(C, 1e25, 1e16, AllocationPolicy.Overtrain(10));
        Assert.Equal(10 * d / n, a.Tokens / a.Params, 1e-9 * d / n);
    }

    [Theory]
    [InlineData("compute-optimal", AllocationKind.ComputeOptimal, 1)]
    [InlineData("data-constrained", AllocationKind.DataConstrained, 1)]
    [InlineData("overtrain(5)", AllocationKind.Overtrain, 5)]
    public void Policies_parse(string text, AllocationKind kind, double k)
    {
        var p = AllocationPolicy.TryParse(text)!;
        Assert.Equal(kind, p.Kind);
        Assert.Equal(k, p.OvertrainFactor);
        Assert.Equal(text, p.ToString());
    }

    [Theory]
    [InlineData("overtrain(0.5)")]
    [InlineData("overtrain(x)")]
    [InlineData("chinchilla")]
    public void Bad_policies_do_not_parse(string text) => Assert.Null(AllocationPolicy.TryParse(text));

    [Fact]
    public void Compute_efficiency_is_equivalent_to_more_compute_at_the_optimum_whatever_share_goes_to_data()
    {
        // With N_eff = N·m^(1−s) and D_eff = D·m^s, the optimal loss at C with multiplier m equals that at m·C for any s
        // (docs/model.md §5); s decides only how many physical tokens the optimum takes.
        foreach (double s in new[] { 0, 0.25, 0.5 })
            Assert.Equal(ChinchillaLaw.OptimalLoss(C, 8e25), ChinchillaLaw.OptimalLoss(C.WithProgress(8, s), 1e25), 9);
        var noData = ChinchillaLaw.ComputeOptimal(C.WithProgress(8, 0), 1e25);
        var halfData = ChinchillaLaw.ComputeOptimal(C.WithProgress(8, 0.5), 1e25);
        Assert.True(noData.Tokens > halfData.Tokens, "with no data efficiency the same loss wants more physical tokens");
    }
}
