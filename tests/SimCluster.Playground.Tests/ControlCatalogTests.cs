using SimCluster.Cli.Playground;
using SimCluster.Model.Parameters;
using SimCluster.Scenarios;

namespace SimCluster.Playground.Tests;

/// <summary>The sliders name parameters of the registry, so a renamed key cannot silently drop a control from the page.</summary>
public sealed class ControlCatalogTests
{
    public static TheoryData<string> Templates => new(ControlCatalog.Groups.SelectMany(g => g.Controls).Select(c => c.Template));

    [Theory]
    [MemberData(nameof(Templates))]
    public void Each_control_is_a_registry_parameter_and_its_slider_lies_inside_the_allowed_range(string template)
    {
        var parameter = ParameterRegistry.Find(template);
        Assert.NotNull(parameter);
        var control = ControlCatalog.Groups.SelectMany(g => g.Controls).Single(c => c.Template == template);
        if (parameter.Kind == ParameterKind.Choice) return;
        Assert.Equal(ParameterKind.Number, parameter.Kind);
        Assert.True(parameter.Range is null || (parameter.Range.Contains(control.Min) || control.Min == parameter.Range.Min) && parameter.Range.Contains(control.Max),
            $"{template}: slider [{control.Min}, {control.Max}] outside {parameter.Range}");
        if (control.Log) Assert.True(control.Min > 0, $"{template}: a decade slider cannot start at {control.Min}");
    }

    [Fact]
    public void The_baseline_gets_a_control_per_entity_for_each_entity_parameter()
    {
        var spec = ScenarioLoader.Load(Scenarios.Path("baseline")).Scenario!.Spec;
        var keys = Controls.For(spec, spec).SelectMany(g => g.Controls).Select(c => c.Key).ToHashSet();
        foreach (var lab in spec.Labs) Assert.Contains($"labs.{lab.Name}.budget.initial_usd_per_year", keys);
        foreach (var cluster in spec.Clusters) Assert.Contains($"clusters.{cluster.Name}.build_rate_per_year", keys);
        Assert.Contains("world.rl.headroom_eci", keys);
        // A source with no stock of its own (only new text a year) gets no decade slider for its stock.
        Assert.DoesNotContain("sources.human-daily-production.initial_stock_tokens", keys);
    }
}
