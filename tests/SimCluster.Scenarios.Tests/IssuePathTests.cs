using SimCluster.Model.Capability;
using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
using SimCluster.Model.PostTraining;
using SimCluster.Model.Progress;
using SimCluster.Model.Scaling;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Strategy;
using SimCluster.Model.Synthetic;
using SimCluster.Scenarios.Locating;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Scenarios.Tests;

/// <summary>
/// Every path the validators can emit must name a key the file format has, or errors would point at a parent
/// instead of the field. A spec with every value broken is written out, and each issue's path is looked up in it.
/// </summary>
public sealed class IssuePathTests
{
    private const double Nan = double.NaN;

    private static ScenarioSpec EverythingBroken()
    {
        var s = ShippedScenarios.Load("baseline").Spec;
        var bad = new ComputeShares(Nan, Nan, Nan, Nan);
        return s with
        {
            StartYear = Nan, EndYear = Nan, StepMonths = Nan,
            World = new(Nan, new LossConstants("x", Nan, Nan, Nan, Nan, Nan),
                new AlgorithmicProgressParameters(Nan, Nan, Nan), new SyntheticDataParameters(Nan, Nan, Nan, Nan, Nan, Nan, Nan, Nan, Nan),
                new RlParameters(Nan, Nan, Nan, Nan, Nan, Nan, Nan, Nan, Nan), new TestTimeParameters(Nan, Nan)),
            Sources = [new("", Nan, Nan, Nan, Nan, default, Nan, Nan), s.Sources[0], s.Sources[0]],
            Clusters = [new ClusterSpec("", new HardwareParameters(Nan, Nan, Nan, Nan, Nan, Nan, Nan, Nan, Nan), Nan, Nan), s.Clusters[1], s.Clusters[1]],
            Labs =
            [
                new LabSpec("", new LabStrategy("x", bad, AllocationPolicy.DataConstrained, TrainingRunMonths: Nan, SharesWhenDataShort: bad),
                    new BudgetParameters(Nan, Nan, Nan, Nan, Nan), "nowhere", ["nowhere"], Nan, Nan),
                new LabSpec("a", StrategyPresets.Balanced, BudgetParameters.Default, "nowhere", []),
                new LabSpec("a", StrategyPresets.Balanced, BudgetParameters.Default, "nowhere", []),
            ],
        };
    }

    // The same values broken, with every entity named uniquely, so that every check past the names runs.
    private static ScenarioSpec EverythingBrokenButNames()
    {
        var s = EverythingBroken();
        return s with
        {
            Sources = [s.Sources[0] with { Name = "broken" }, s.Sources[1]],
            Clusters = [s.Clusters[0] with { Name = "broken" }, s.Clusters[1]],
            Labs = [s.Labs[0] with { Name = "broken" }, s.Labs[1]],
        };
    }

    private static void AssertEveryPathExists(ScenarioSpec spec, IEnumerable<ScenarioIssue> issues)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(ScenarioWriter.Write(spec, null, "test")));
        var root = yaml.Documents[0].RootNode;
        foreach (var issue in issues)
            Assert.True(YamlPathLocator.Exists(root, issue.Path), $"'{issue.Path}' is not a field of the file format");
    }

    [Fact]
    public void Every_validator_path_names_a_field_of_the_file()
    {
        var spec = EverythingBrokenButNames();
        var issues = ScenarioValidator.Validate(spec);
        Assert.True(issues.Count >= 60, $"only {issues.Count} issues: the broken spec no longer trips every check");
        AssertEveryPathExists(spec, issues);
        var emptyLabs = spec with { Labs = [] };
        AssertEveryPathExists(emptyLabs, ScenarioValidator.Validate(emptyLabs));
    }

    [Fact]
    public void Entities_are_addressed_by_name_and_a_name_that_cannot_address_one_by_its_place()
    {
        var named = ScenarioValidator.Validate(EverythingBrokenButNames()).Select(i => i.Path).ToList();
        Assert.Contains("labs.broken.strategy.shares", named);
        Assert.Contains("labs.broken.strategy.training_run_months", named);
        Assert.Contains("labs.broken.budget.growth_factor_per_year", named);
        Assert.Contains("clusters.broken.hardware.mfu", named);
        Assert.Contains("sources.broken.initial_stock_tokens", named);

        var spec = EverythingBroken();
        var issues = ScenarioValidator.Validate(spec);
        Assert.Contains(issues, i => i.Path == "labs[0].name"); // an empty name
        Assert.Contains(issues, i => i.Path == "labs[2].name" && i.Message == "duplicate lab name 'a'");
        Assert.Contains(issues, i => i.Path == $"clusters[2].name" && i.Message.StartsWith("duplicate cluster name", StringComparison.Ordinal));
        AssertEveryPathExists(spec, issues);
    }
}
