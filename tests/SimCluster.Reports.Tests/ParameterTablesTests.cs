using SimCluster.Model.Data;
using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
using SimCluster.Model.Progress;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Simulation;
using SimCluster.Model.Strategy;

namespace SimCluster.Reports.Tests;

/// <summary>The report's parameter tables show what the run used, not the defaults, with unit and source.</summary>
public sealed class ParameterTablesTests
{
    private static ScenarioSpec Spec(double budget, double? powerCap) => new("t", 2024, 2030, 1, 7, WorldParameters.Default,
        [DataSourcePresets.PublicWebText], [new ClusterSpec("c1", HardwareParameters.Default, 16000, powerCap)],
        [new LabSpec("lab-a", StrategyPresets.Balanced, BudgetParameters.Default with { InitialUsdPerYear = budget }, "c1", ["public-web-text"])]);

    private static IReadOnlyList<string> RowOf(ScenarioSpec spec, string key) =>
        ParameterTables.Build(spec).SelectMany(t => t.Rows).Single(r => r[0] == key);

    [Fact]
    public void A_value_is_the_runs_own_with_its_unit_and_source()
    {
        var row = RowOf(Spec(7.25e9, 5000), "labs.lab-a.budget.initial_usd_per_year");
        Assert.Equal(["labs.lab-a.budget.initial_usd_per_year", "7.25e9", "5e9", "USD/yr"], row.Take(4));
        Assert.Contains("assumption", row[4]);
        Assert.Equal("5000", RowOf(Spec(7.25e9, 5000), "clusters.c1.power_cap_mw")[1]);
    }

    [Fact]
    public void No_cap_reads_none_and_choices_read_their_name()
    {
        Assert.Equal("none", RowOf(Spec(5e9, null), "clusters.c1.power_cap_mw")[1]);
        Assert.Equal("accumulate", RowOf(Spec(5e9, null), "labs.lab-a.strategy.synthetic_mode")[1]);
    }

    [Fact]
    public void Tables_follow_the_file_and_leave_out_names()
    {
        var tables = ParameterTables.Build(Spec(5e9, null));
        Assert.Equal(["Time grid", "World: the constants every lab shares", "Data sources", "Clusters", "Labs"], tables.Select(t => t.Caption));
        Assert.DoesNotContain(tables.SelectMany(t => t.Rows), r => r[0].EndsWith(".name", StringComparison.Ordinal) || r[0] == "name");
        Assert.DoesNotContain(tables.SelectMany(t => t.Rows), r => r[1].Length == 0); // no preset rows: a resolved scenario has none
    }

    [Fact]
    public void The_report_shows_the_tables()
    {
        string html = HtmlReport.Render("t", "s", [], [], [new ReportScenario(Spec(7.25e9, null), "name: t\n")], "simcluster test");
        Assert.Contains("<td>labs.lab-a.budget.initial_usd_per_year</td><td>7.25e9</td><td>5e9</td>", html);
        Assert.Contains("seed 7", html);
    }

    [Fact]
    public void A_value_the_run_changed_has_its_default_beside_it_and_a_kept_one_has_none()
    {
        var spec = Spec(5e9, null) with { Sources = [DataSourcePresets.PublicWebText with { InitialStockTokens = 1e14 }] };
        Assert.Equal(["1e14", "3e14"], RowOf(spec, "sources.public-web-text.initial_stock_tokens").Skip(1).Take(2));
        Assert.Equal(["0.08", ""], RowOf(spec, "sources.public-web-text.growth_fraction_per_year").Skip(1).Take(2));
        Assert.Equal(["5e9", ""], RowOf(spec, "labs.lab-a.budget.initial_usd_per_year").Skip(1).Take(2));
        Assert.Equal(["5000", "none"], RowOf(Spec(5e9, 5000), "clusters.c1.power_cap_mw").Skip(1).Take(2));
        var slower = Spec(5e9, null) with { World = WorldParameters.Default with { Progress = AlgorithmicProgressParameters.Default with { DoublingMonths = 12 } } };
        Assert.Equal(["12", "8"], RowOf(slower, "world.algorithmic_progress.doubling_months").Skip(1).Take(2));
    }

    [Fact]
    public void A_report_of_several_scenarios_shows_each_ones_parameters_and_resolved_file()
    {
        string html = HtmlReport.Render("t", "s", [], [], [new ReportScenario(Spec(5e9, null) with { Name = "first" }, "name: first\n"),
            new ReportScenario(Spec(7.25e9, null) with { Name = "second" }, "name: second\n")], "simcluster test");
        Assert.Contains("<h3 id=\"parameters-first\">first</h3>", html);
        Assert.Contains("<h3 id=\"parameters-second\">second</h3>", html);
        Assert.Contains("<pre>name: first\n</pre>", html);
        Assert.Contains("<pre>name: second\n</pre>", html);
        Assert.Contains("<td>labs.lab-a.budget.initial_usd_per_year</td><td>7.25e9</td><td>5e9</td>", html);
    }
}
