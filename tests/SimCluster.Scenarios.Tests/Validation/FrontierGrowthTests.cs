using SimCluster.Model.World;

namespace SimCluster.Scenarios.Tests.Validation;

/// <summary>
/// docs/model.md §3.1-3.2 on the history scenario: frontier training compute grows like Epoch AI's 4-5x/yr trend (held
/// to 3-6x/yr over 2023-2025), and no cluster's installed power ever grows faster than its build rate allows.
/// </summary>
public sealed class FrontierGrowthTests
{
    private static readonly Lazy<(Model.Scenarios.ScenarioSpec Spec, IReadOnlyList<TrajectoryRow> Rows)> Run = new(() =>
    {
        var spec = ShippedScenarios.Load("frontier-2023").Spec;
        return (spec, WorldRun.RunAll(spec).Labs);
    });

    [Fact]
    public void The_largest_released_run_grows_3_to_6x_a_year_over_2023_to_2025()
    {
        double Largest(int year) => Run.Value.Rows.Where(r => r.ModelReleased && Math.Floor(r.Year - 1e-9) == year).Max(r => r.ModelPretrainFlop);
        double growth = Math.Sqrt(Largest(2025) / Largest(2023));
        Assert.True(growth is >= 3 and <= 6, $"largest released run 2023 {Largest(2023):E2}, 2024 {Largest(2024):E2}, 2025 {Largest(2025):E2}: {growth:0.00}x a year");
    }

    [Fact]
    public void Installed_power_never_grows_faster_than_the_build_rate()
    {
        var (spec, rows) = Run.Value;
        double stepYears = spec.StepMonths / 12.0;
        foreach (var cluster in spec.Clusters)
        {
            var labs = spec.Labs.Where(l => l.Cluster == cluster.Name).Select(l => l.Name).ToHashSet();
            var power = rows.Where(r => labs.Contains(r.Lab)).GroupBy(r => r.Step).OrderBy(g => g.Key).Select(g => g.Sum(r => r.PowerMw)).ToArray();
            double initial = cluster.InitialGpus * Model.Hardware.HardwareTrends.PowerPerGpuKw(cluster.Hardware, spec.StartYear) / 1000 * cluster.Hardware.Pue;
            double previous = initial;
            for (int k = 0; k < power.Length; k++)
            {
                double limit = cluster.MaxPowerAfter(previous, stepYears);
                Assert.True(power[k] <= limit * (1 + 1e-9), $"{cluster.Name} step {k + 1}: {power[k]:0.###} MW after {previous:0.###} MW (limit {limit:0.###})");
                previous = power[k];
            }
        }
    }
}
