using SimCluster.Model.Data;
using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
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
        Assert.Equal(["labs.lab-a.budget.initial_usd_per_year", "7.25e9", "USD/yr"], row.Take(3));
        Assert.Contains("assumption", row[3]);
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
        string html = HtmlReport.Render("t", "s", [], [], Spec(7.25e9, null), "name: t\n", "simcluster test", 7);
        Assert.Contains("<td>labs.lab-a.budget.initial_usd_per_year</td><td>7.25e9</td>", html);
    }
}
