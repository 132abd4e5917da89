using SimCluster.Scenarios.Reading;
using SimCluster.Scenarios.Writing;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Scenarios.Tests;

public sealed class NumberFormatTests
{
    private static double ReadBack(string text)
    {
        Assert.True(YamlValues.TryNumber(new YamlScalarNode(text), out double value, out string problem), problem);
        return value;
    }

    [Theory]
    [InlineData(3e14, "3e14")]
    [InlineData(15.6e12, "1.56e13")]
    [InlineData(1e-5, "1e-5")]
    [InlineData(0.000123, "1.23e-4")]
    [InlineData(-2.5e20, "-2.5e20")]
    [InlineData(16000, "16000")]
    [InlineData(0.08, "0.08")]
    [InlineData(0, "0")]
    [InlineData(double.PositiveInfinity, ".inf")]
    [InlineData(double.NegativeInfinity, "-.inf")]
    [InlineData(double.NaN, ".nan")]
    public void Numbers_are_written_readably(double x, string expected) => Assert.Equal(expected, YamlScalars.Number(x));

    [Fact]
    public void Every_double_reads_back_bit_for_bit()
    {
        var rng = new Random(12345);
        var cases = new List<double> { double.Epsilon, double.MaxValue, double.MinValue, 0.1 + 0.2, 1.0 / 3, 999_999.99999999, 1e6, 0.001, 0.00099999 };
        for (int i = 0; i < 20_000; i++)
            cases.Add(BitConverter.Int64BitsToDouble(rng.NextInt64()) is var d && double.IsFinite(d) ? d : rng.NextDouble());
        for (int i = 0; i < 5_000; i++) cases.Add(Math.Round(rng.NextDouble() * Math.Pow(10, rng.Next(-12, 30)), rng.Next(0, 8)));
        foreach (double x in cases)
            Assert.True(BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(ReadBack(YamlScalars.Number(x))), $"{x:R} -> {YamlScalars.Number(x)}");
    }

    [Theory]
    [InlineData("Infinity")]
    [InlineData("NaN")]
    [InlineData("1,000")]
    [InlineData("0x10")]
    [InlineData("3e")]
    public void Text_that_is_not_a_yaml_number_is_refused(string text) =>
        Assert.False(YamlValues.TryNumber(new YamlScalarNode(text), out _, out _));

    [Fact]
    public void Quoted_numbers_are_strings()
    {
        var quoted = new YamlScalarNode("3e14") { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted };
        Assert.False(YamlValues.TryNumber(quoted, out _, out string problem));
        Assert.Contains("without quotes", problem);
    }
}
