namespace SimCluster.Scenarios.Tests.Hardening;

/// <summary>
/// 1e400 was reported as "got Infinity" and 1e-400 silently became 0. A literal the double range cannot
/// hold is refused where it is written, saying why, instead of turning into another number.
/// </summary>
public sealed class NumberLiteralRangeTests
{
    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    public void A_literal_that_overflows_a_double_is_out_of_range(string literal)
    {
        var e = OneLabYaml.Single(OneLabYaml.Sound.Replace("initial_gpus: 16000", $"initial_gpus: {literal}"));
        OneLabYaml.AssertAt(e, 5, "clusters.c1.initial_gpus", $"'{literal}' is out of range", "within ±1.7976931348623157e308", ".inf");
        Assert.DoesNotContain("Infinity", e.Message);
    }

    [Fact]
    public void A_non_zero_literal_that_underflows_to_zero_is_refused()
    {
        var e = OneLabYaml.Single(OneLabYaml.Sound.Replace("initial_gpus: 16000", "initial_gpus: 1e-400"));
        OneLabYaml.AssertAt(e, 5, "clusters.c1.initial_gpus", "'1e-400' is too small to represent", "write 0 if you mean 0");
    }

    [Fact]
    public void The_same_holds_inside_a_distribution()
    {
        var e = OneLabYaml.Single(OneLabYaml.Sound.Replace("initial_gpus: 16000", "initial_gpus: {distribution: uniform, lower: 0, upper: 1e400}"));
        OneLabYaml.AssertAt(e, 5, "clusters.c1.initial_gpus.upper", "'1e400' is out of range");
    }

    [Theory]
    [InlineData("0e-400", 0.0)]
    [InlineData("0.000e5", 0.0)]
    [InlineData("5e-324", double.Epsilon)]
    public void Zero_written_any_way_and_the_smallest_subnormal_still_read(string literal, double expected)
    {
        var spec = OneLabYaml.Load(OneLabYaml.Sound.Replace("initial_gpus: 16000", $"initial_gpus: {literal}")).Spec;
        Assert.Equal(expected, spec.Clusters[0].InitialGpus);
    }
}
