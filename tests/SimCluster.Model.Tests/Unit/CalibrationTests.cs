using SimCluster.Model.Calibration;
using SimCluster.Model.Capability;
using SimCluster.Model.Scaling;

namespace SimCluster.Model.Tests.Unit;

public sealed class CalibrationTests
{
    private static IReadOnlyList<CalibrationPoint> Table()
    {
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "data", "gpqa-calibration.csv"));
        return CalibrationTable.Parse(reader, "gpqa-calibration.csv");
    }

    [Fact]
    public void Shipped_table_has_the_design_rows()
    {
        var t = Table();
        Assert.Equal(8, t.Count);
        Assert.Equal(50.7, t.Single(p => p.Model == "Llama 3.1 405B").Gpqa);
        Assert.All(t, p => Assert.False(string.IsNullOrWhiteSpace(p.Source)));
    }

    [Theory]
    [InlineData("besiroglu2024")]
    [InlineData("hoffmann2022")]
    public void Defaults_are_what_the_fit_produces(string set)
    {
        var c = LossConstants.Find(set)!;
        var fit = GpqaCalibrator.Fit(Table(), c, MappingForm.LossGap, SlopePrior.Epoch2025);
        var defaults = GpqaDefaults.For(c);
        var mapping = (LossGapGpqaMapping)fit.Mapping;
        Assert.Equal(1, mapping.Steepness / defaults.Steepness, 3);
        Assert.Equal(1, mapping.MidpointGap / defaults.MidpointGap, 3);
        Assert.All(fit.Parameters, p => Assert.True(p.StandardError > 0 && p.StandardError < Math.Abs(p.Value)));
        Assert.InRange(fit.RSquared, 0.3, 1);
    }

    [Fact]
    public void Fit_recovers_a_known_mapping_from_exact_points()
    {
        // Points generated from s = 2, ℓ_mid = 0.05 must give those back, with R² = 1, without any prior.
        var truth = new LossGapGpqaMapping(2, 0.05, LossConstants.Besiroglu2024.E);
        var points = new[] { 1e23, 1e24, 1e25, 1e26, 1e27 }.Select((flop, i) =>
        {
            var (n, d) = ChinchillaLaw.ComputeOptimal(LossConstants.Besiroglu2024, flop);
            double loss = ChinchillaLaw.Loss(LossConstants.Besiroglu2024, n, d);
            return new CalibrationPoint($"m{i}", truth.Gpqa(loss), flop, n, d, null, GpqaCalibrator.ReferenceYear, false, "synthetic");
        });
        var fit = GpqaCalibrator.Fit(points, LossConstants.Besiroglu2024, MappingForm.LossGap);
        var m = (LossGapGpqaMapping)fit.Mapping;
        Assert.Equal(2, m.Steepness, 4);
        Assert.Equal(0.05, m.MidpointGap, 6);
        Assert.Equal(1, fit.RSquared, 6);
    }

    [Theory]
    [InlineData("model,gpqa\nx,1\n", "missing column")]
    [InlineData("model,gpqa,train_flop,params,tokens,rl_flop,release_year,rl_heavy,source\nA,abc,1e25,,,,2024,false,s\n", "line 2: field 'gpqa' must be a number in [0, 100]; got 'abc'")]
    [InlineData("model,gpqa,train_flop,params,tokens,rl_flop,release_year,rl_heavy,source\nA,50,-1,,,,2024,false,s\n", "line 2: field 'train_flop'")]
    [InlineData("model,gpqa,train_flop,params,tokens,rl_flop,release_year,rl_heavy,source\nA,50,1e25,,,,2024,maybe,s\n", "field 'rl_heavy' must be true or false")]
    public void Bad_tables_name_file_line_and_field(string csv, string expected)
    {
        var e = Assert.Throws<CalibrationDataException>(() => CalibrationTable.Parse(new StringReader(csv), "bad.csv"));
        Assert.StartsWith("bad.csv:", e.Message);
        Assert.Contains(expected, e.Message);
    }
}
