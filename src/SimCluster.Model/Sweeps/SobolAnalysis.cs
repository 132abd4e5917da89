using MathNet.Numerics.Statistics;
using SimCluster.Model.Randomness;
using SimCluster.Model.Scenarios;

namespace SimCluster.Model.Sweeps;

/// <summary>
/// First-order and total Sobol indices from a <see cref="SobolDesign"/>'s outcomes: S_i with Saltelli et al.'s (2010)
/// estimator, mean((f(B) − mean)·(f(A_B(i)) − f(A))) / V, and S_Ti with Jansen's, mean((f(A) − f(A_B(i)))²) / 2V, where V is the
/// variance of f over A and B together. 95% intervals come from 200 bootstrap resamples of the N base rows (drawn
/// with the counter-based RNG, so they are reproducible). A milestone never reached is counted at the run's end
/// year (censored), so the indices of a year outcome describe "when, or not by the end".
/// </summary>
public static class SobolAnalysis
{
    private const int Resamples = 200;

    /// <summary>Indices per lab (name order) and parameter (declaration order), from the records of every run of the
    /// design (each carrying the outcome per lab, in <paramref name="outcomeUnit"/>).</summary>
    public static IReadOnlyList<SobolIndex> Analyse(ScenarioSpec spec, IReadOnlyList<string> labs, IReadOnlyList<ReplicateRecord> records, string outcomeUnit)
    {
        int p = spec.Uncertain.Count, width = p + 2;
        var byId = records.ToDictionary(o => o.Replicate);
        int n = records.Count / width;
        var rows = new List<SobolIndex>();
        for (int lab = 0; lab < labs.Count; lab++)
        {
            double Y(long id)
            {
                double v = byId[id].Outcome[lab];
                return double.IsNaN(v) && outcomeUnit == "year" ? spec.EndYear : v;
            }
            var fa = new double[n];
            var fb = new double[n];
            var fab = new double[p, n];
            for (int j = 0; j < n; j++)
            {
                fa[j] = Y((long)j * width);
                fb[j] = Y((long)j * width + 1);
                for (int i = 0; i < p; i++) fab[i, j] = Y((long)j * width + 2 + i);
            }
            var all = Enumerable.Range(0, n).ToArray();
            var boots = Enumerable.Range(0, Resamples).Select(r => all.Select(j => (int)(CounterRng.Uniform(spec.Seed, r, $"sobol/bootstrap/{j}") * n)).ToArray()).ToArray();
            for (int i = 0; i < p; i++)
            {
                var (first, total) = Estimate(fa, fb, fab, i, all);
                var bs = boots.Select(b => Estimate(fa, fb, fab, i, b)).ToArray();
                rows.Add(new SobolIndex(labs[lab], spec.Uncertain[i].Path, first,
                    Quantile(bs.Select(x => x.First), 0.025), Quantile(bs.Select(x => x.First), 0.975), total,
                    Quantile(bs.Select(x => x.Total), 0.025), Quantile(bs.Select(x => x.Total), 0.975)));
            }
        }
        return rows;
    }

    /// <summary>S_i and S_Ti of parameter <paramref name="i"/> over the base rows <paramref name="rows"/>
    /// (fab[i, j] is f(A_B(i)) for row j).</summary>
    public static (double First, double Total) Estimate(double[] fa, double[] fb, double[,] fab, int i, int[] rows)
    {
        var both = rows.Select(j => fa[j]).Concat(rows.Select(j => fb[j])).ToArray();
        double variance = both.PopulationVariance(), mean = both.Mean();
        if (!(variance > 0)) return (double.NaN, double.NaN);
        double first = 0, total = 0;
        foreach (int j in rows)
        {
            // Centred: E[f(A_B) − f(A)] is zero, so subtracting the mean leaves the estimate unbiased and keeps an
            // outcome with a large mean (a year near 2030) from swamping it with noise.
            first += (fb[j] - mean) * (fab[i, j] - fa[j]);
            total += (fa[j] - fab[i, j]) * (fa[j] - fab[i, j]);
        }
        return (first / rows.Length / variance, total / (2.0 * rows.Length) / variance);
    }

    private static double Quantile(IEnumerable<double> values, double tau)
    {
        var sorted = values.Where(double.IsFinite).ToArray();
        if (sorted.Length == 0) return double.NaN;
        Array.Sort(sorted);
        return SortedArrayStatistics.QuantileCustom(sorted, tau, QuantileDefinition.R7);
    }
}
