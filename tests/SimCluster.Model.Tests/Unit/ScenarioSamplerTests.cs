using SimCluster.Model.Randomness;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Tests.World;

namespace SimCluster.Model.Tests.Unit;

public sealed class ScenarioSamplerTests
{
    private static readonly UncertainParameter Stock = new("sources.licensed-archives.initial_stock_tokens", LogNormalDistribution.FromMedianAndP90(3e14, 1e15, 1e14, 1e15));
    private static readonly UncertainParameter Halving = new("world.algorithmic_progress.doubling_months", new TriangularDistribution(5, 8, 14));

    [Fact]
    public void Every_path_in_the_table_reads_and_writes_its_own_value()
    {
        var spec = TestWorlds.FourLabs(2030);
        var parameters = ScenarioParameters.Of(spec);
        Assert.Equal(parameters.Count, parameters.Select(p => p.Path).Distinct().Count());
        foreach (var p in parameters)
        {
            var changed = p.Set(spec, 0.123);
            Assert.Equal(0.123, p.Get(changed));
            Assert.All(parameters.Where(q => q.Path != p.Path), q => Assert.Equal(q.Get(spec), q.Get(changed)));
        }
    }

    [Fact]
    public void A_replicate_draws_the_same_values_whatever_else_is_uncertain_or_drawn_first()
    {
        var spec = TestWorlds.FourLabs(2030) with { Seed = 11, Uncertain = [Stock, Halving] };
        var alone = TestWorlds.FourLabs(2030) with { Seed = 11, Uncertain = [Stock] };
        double stock7 = ScenarioSampler.Sample(spec, 7).Sources[2].InitialStockTokens;
        Assert.Equal(stock7, ScenarioSampler.Sample(alone, 7).Sources[2].InitialStockTokens);
        Assert.InRange(stock7, 1e14, 1e15);
        Assert.NotEqual(stock7, ScenarioSampler.Sample(spec, 8).Sources[2].InitialStockTokens);
        Assert.InRange(ScenarioSampler.Sample(spec, 7).World.Progress.DoublingMonths, 5, 14);
    }

    [Fact]
    public void The_validator_names_unknown_paths_bad_distributions_and_duplicates()
    {
        var spec = TestWorlds.FourLabs(2030) with
        {
            Uncertain = [new("start_year", new UniformDistribution(2020, 2025)), new("labs.lab-a.initial_params", new NormalDistribution(1, -2)), Stock, Stock],
        };
        var issues = ScenarioValidator.Validate(spec);
        Assert.Contains(issues, i => i.Path == "start_year" && i.Message.Contains("not a parameter a sweep can vary"));
        Assert.Contains(issues, i => i.Path == "labs.lab-a.initial_params" && i.Message.Contains("normal"));
        Assert.Contains(issues, i => i.Path == Stock.Path && i.Message.Contains("more than one distribution"));
    }
}
