using SimCluster.Model.Sweeps;
using Xunit.Abstractions;

namespace SimCluster.Scenarios.Tests.Findings;

/// <summary>
/// Each modelled lever moves what users read (docs/model.md, "What moves 2040 capability"): run on the shipped worlds, a
/// change of one constant moves some lab's 2040 capability by a measurable amount, in the direction its mechanism
/// implies, and leaves untouched the labs it cannot reach. The magnitudes are findings, printed in each message and
/// quoted in the README; the thresholds only say "measurable" (a tenth of an ECI point, the index's own rounding).
/// </summary>
public sealed class InformativenessTests(ITestOutputHelper output)
{
    private const double Measurable = 0.1;

    [Fact]
    public void A_ten_times_smaller_web_stock_lowers_every_labs_2040_capability()
    {
        var baseline = CapabilityIn2040.Of("baseline");
        var small = CapabilityIn2040.Of("baseline", "sources.public-web-text.initial_stock_tokens=3e13");
        string shown = CapabilityIn2040.Show(baseline, small);
        output.WriteLine(shown);
        Assert.All(baseline.Keys, lab => Assert.True(small[lab] < baseline[lab] - 1, $"10x smaller stock: {shown}"));
    }

    [Fact]
    public void A_worse_collapse_lowers_and_a_milder_one_raises_the_capability_of_labs_that_train_on_synthetic_data()
    {
        // data-wall: the world in which the labs with a synthetic share mix it in (real-data-heavy generates none). The
        // penalty compounds over generations trained after the wall (2028), so it is read at the run's end, 2064; the 2040
        // values are printed beside it (a few tenths of an ECI).
        var design = CapabilityIn2040.AtEnd("data-wall");
        var half = CapabilityIn2040.AtEnd("data-wall", "world.synthetic.collapse_kappa=0.0286");
        var twice = CapabilityIn2040.AtEnd("data-wall", "world.synthetic.collapse_kappa=0.1144");
        string in2040 = $"2040, 0.5x: {CapabilityIn2040.Show(CapabilityIn2040.Of("data-wall"), CapabilityIn2040.Of("data-wall", "world.synthetic.collapse_kappa=0.0286"))}";
        string shown = $"2064, 0.5x: {CapabilityIn2040.Show(design, half)} | 2x: {CapabilityIn2040.Show(design, twice)} | {in2040}";
        output.WriteLine(shown);
        Assert.True(half["simulation-heavy"] > design["simulation-heavy"] + Measurable, shown);
        Assert.True(twice["simulation-heavy"] < design["simulation-heavy"] - Measurable, shown);
        Assert.Equal(design["real-data-heavy"], half["real-data-heavy"]);
    }

    [Fact]
    public void More_rl_headroom_raises_every_labs_2040_capability()
    {
        var design = CapabilityIn2040.Of("baseline");
        var more = CapabilityIn2040.Of("baseline", "world.rl.headroom_eci=22");
        string shown = CapabilityIn2040.Show(design, more);
        output.WriteLine(shown);
        Assert.All(design.Keys, lab => Assert.True(more[lab] > design[lab] + 1, $"headroom 15 -> 22 ECI: {shown}"));
    }

    [Fact]
    public void Dearer_environments_lower_the_capability_of_labs_that_use_them_and_no_other()
    {
        var design = CapabilityIn2040.Of("baseline");
        var dear = CapabilityIn2040.Of("baseline", "world.rl.environment_cost_multiple=30");
        string shown = CapabilityIn2040.Show(design, dear);
        output.WriteLine(shown);
        Assert.True(dear["simulation-heavy"] < design["simulation-heavy"] - Measurable, $"c_env 10 -> 30: {shown}");
        Assert.Equal(design["real-data-heavy"], dear["real-data-heavy"]); // its strategy runs no environments
    }

    [Fact]
    public void The_strategy_decides_2040_capability_and_whether_simulation_pays_depends_on_what_environments_teach()
    {
        // The same budget, world and cluster, one lab each (the shipped single-lab scenarios).
        double real = CapabilityIn2040.Of("real-data-heavy").Single().Value;
        double simulation = CapabilityIn2040.Of("simulation-heavy").Single().Value;
        double simulationNoHeadroom = CapabilityIn2040.Of("simulation-heavy", "world.rl.simulation_headroom_per_decade=0").Single().Value;
        string shown = $"real-data-heavy {real:0.00}, simulation-heavy {simulation:0.00}, simulation-heavy with environments that add no headroom {simulationNoHeadroom:0.00}";
        output.WriteLine(shown);
        Assert.True(simulation > real + 1, shown);
        Assert.True(simulationNoHeadroom < real - 1, shown);
    }

    [Fact]
    public void Synthetic_data_is_used_and_helps_in_the_data_wall_world()
    {
        // data-wall: a 1e14-token web growing 4%/yr. The simulation-heavy lab's released models mix in synthetic tokens, and
        // by the run's end (2064) its capability beats the same lab spending that 12% of compute on pretraining instead
        // (which only repeats the human data it already has) and the same lab with synthetic data made worthless. In 2040
        // the bigger pretraining run is still ahead: synthetic data pays only once the wall has bitten for a decade.
        var spec = CapabilityIn2040.Spec("data-wall");
        var row = CapabilityIn2040.Rows(spec).Single(r => r.Lab == "simulation-heavy");
        Assert.True(row.SyntheticFraction > 0.1, $"synthetic share of the 2040 model: {row.SyntheticFraction:0.00}");
        double with = CapabilityIn2040.AtEnd("data-wall")["simulation-heavy"];
        string[] pretrainShares = ["labs.simulation-heavy.strategy.preset=simulation-heavy", "labs.simulation-heavy.strategy.shares.pretrain=0.20",
            "labs.simulation-heavy.strategy.shares.synthetic=0", "labs.simulation-heavy.strategy.shares.rl=0.20",
            "labs.simulation-heavy.strategy.shares.inference=0.25", "labs.simulation-heavy.strategy.shares.experiments=0.35"];
        double pretrainInstead = CapabilityIn2040.AtEnd("data-wall", pretrainShares)["simulation-heavy"];
        double worthless = CapabilityIn2040.AtEnd("data-wall", "world.synthetic.verified_share=0", "world.synthetic.collapse_kappa=1")["simulation-heavy"];
        string shown = $"2064: with synthetic data {with:0.00}, its compute on pretraining instead {pretrainInstead:0.00}, synthetic data worthless {worthless:0.00}; " +
            $"2040: {row.CapabilityEci:0.00} against {CapabilityIn2040.Of("data-wall", pretrainShares)["simulation-heavy"]:0.00} pretraining instead";
        output.WriteLine(shown);
        Assert.True(with > pretrainInstead + Measurable, shown);
        Assert.True(with > worthless + 1, shown);
    }

    [Fact]
    public void Five_hundred_replicates_of_baseline_uncertain_spread_2040_capability_over_at_least_ten_ECI()
    {
        var spec = CapabilityIn2040.Spec("baseline-uncertain");
        var byLab = Enumerable.Range(0, 500)
            .SelectMany(r => CapabilityIn2040.Rows(Model.Scenarios.ScenarioSampler.Sample(spec, r)))
            .GroupBy(r => r.Lab)
            .ToDictionary(g => g.Key, g => Percentiles.Of(g.Select(r => r.CapabilityEci))!);
        string shown = string.Join("; ", byLab.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}: P5 {kv.Value.P5:0.0}, P50 {kv.Value.P50:0.0}, P95 {kv.Value.P95:0.0}"));
        output.WriteLine(shown);
        Assert.All(byLab.Values, p => Assert.True(p.P95 - p.P5 >= 10, shown));
    }
}
