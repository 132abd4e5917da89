using SimCluster.Model.Randomness;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Sweeps;
using SimCluster.Model.Tests.World;

namespace SimCluster.Model.Tests.Sweeps;

public sealed class SobolTests
{
    /// <summary>
    /// The Ishigami function (Ishigami &amp; Homma 1990), a = 7, b = 0.1, x ~ U(−π, π): analytic indices
    /// S1 = 0.3139, S2 = 0.4424, S3 = 0; ST1 = 0.5576, ST2 = 0.4424, ST3 = 0.2437 (Saltelli et al. 2008, Global
    /// Sensitivity Analysis: The Primer, §4.6).
    /// </summary>
    [Fact]
    public void The_estimators_recover_the_ishigami_indices()
    {
        const int n = 20_000;
        static double F(double[] x) => Math.Sin(x[0]) + 7 * Math.Pow(Math.Sin(x[1]), 2) + 0.1 * Math.Pow(x[2], 4) * Math.Sin(x[0]);
        double U(string m, int j, int i) => -Math.PI + 2 * Math.PI * CounterRng.Uniform(1, j, $"{m}{i}");
        var fa = new double[n];
        var fb = new double[n];
        var fab = new double[3, n];
        for (int j = 0; j < n; j++)
        {
            var a = new[] { U("a", j, 0), U("a", j, 1), U("a", j, 2) };
            var b = new[] { U("b", j, 0), U("b", j, 1), U("b", j, 2) };
            fa[j] = F(a);
            fb[j] = F(b);
            for (int i = 0; i < 3; i++)
            {
                var ab = a.ToArray();
                ab[i] = b[i];
                fab[i, j] = F(ab);
            }
        }
        var rows = Enumerable.Range(0, n).ToArray();
        double[] first = [0.3139, 0.4424, 0], total = [0.5576, 0.4424, 0.2437];
        for (int i = 0; i < 3; i++)
        {
            var (s, st) = SobolAnalysis.Estimate(fa, fb, fab, i, rows);
            Assert.InRange(s, first[i] - 0.03, first[i] + 0.03);
            Assert.InRange(st, total[i] - 0.03, total[i] + 0.03);
        }
    }

    [Fact]
    public void On_the_model_the_web_stock_dominates_the_exhaustion_year_and_an_unused_constant_scores_zero()
    {
        var spec = TestWorlds.FourLabs(2040) with
        {
            Seed = 3,
            Uncertain =
            [
                new("sources.public-web-text.initial_stock_tokens", LogNormalDistribution.FromMedianAndP90(3e14, 1e15, 1e14, 1e15)),
                new("world.rl.headroom_eci", new UniformDistribution(8, 22)),
            ],
        };
        var layout = new SweepLayout(spec);
        var design = new SobolDesign(spec, 64);
        Assert.Equal(64 * 4, design.Count);
        var outcome = SweepOutcome.Parse("exhaustion_year", layout, out _)!;
        var records = design.Tasks().Select(t => ReplicateRecord.Of(ReplicateRunner.Run(spec, layout, t), outcome)).ToArray();
        var indices = SobolAnalysis.Analyse(spec, layout.Labs, records, outcome.Unit).Where(x => x.Lab == "lab-a").ToArray();
        var stock = indices.Single(x => x.Parameter.StartsWith("sources", StringComparison.Ordinal));
        var rl = indices.Single(x => x.Parameter.StartsWith("world.rl", StringComparison.Ordinal));
        Assert.True(stock.First > 0.7, $"stock S1 {stock.First}");
        Assert.Equal(0, rl.First, 9); // RL headroom cannot move when the data runs out
        Assert.Equal(0, rl.Total, 9);
        Assert.True(stock.FirstLow <= stock.First && stock.First <= stock.FirstHigh);
    }
}
