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
            World = new(Nan, new LossConstants("x", Nan, Nan, Nan, Nan, Nan), new LossGapGpqaMapping(Nan, Nan, Nan, Nan, Nan),
                new AlgorithmicProgressParameters(Nan, Nan), new SyntheticDataParameters(Nan, Nan, Nan, Nan, Nan),
                new RlParameters(Nan, Nan, Nan, Nan), new TestTimeParameters(Nan, Nan)),
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

    private static void AssertEveryPathExists(ScenarioSpec spec, IEnumerable<ScenarioIssue> issues)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(ScenarioWriter.Write(spec, null, "test")));
        var root = yaml.Documents[0].RootNode;
        foreach (var issue in issues)
        {
            string path = IssuePaths.ToFilePath(issue, spec);
            Assert.True(YamlPathLocator.Exists(root, path), $"'{path}' (from '{issue.Path}') is not a field of the file format");
        }
    }

    [Fact]
    public void Every_validator_path_names_a_field_of_the_file()
    {
        var spec = EverythingBroken();
        var issues = ScenarioValidator.Validate(spec);
        Assert.True(issues.Count >= 40, $"only {issues.Count} issues: the broken spec no longer trips every check");
        AssertEveryPathExists(spec, issues);
        var emptyLabs = spec with { Labs = [] };
        AssertEveryPathExists(emptyLabs, ScenarioValidator.Validate(emptyLabs));
    }

    [Fact]
    public void Every_world_check_path_names_a_field_of_the_file()
    {
        var spec = EverythingBroken();
        var issues = WorldValidator.Validate(spec.World).ToList();
        Assert.Equal(23, issues.Count);
        AssertEveryPathExists(spec, issues);
        var plain = spec with { World = spec.World with { Mapping = new PlainLossGpqaMapping(Nan, Nan, Nan) } };
        AssertEveryPathExists(plain, WorldValidator.Validate(plain.World));
    }

    [Fact]
    public void Strategy_fields_move_under_strategy_and_duplicates_point_at_the_second_name()
    {
        var spec = EverythingBroken();
        Assert.Equal("labs[0].strategy.shares", IssuePaths.ToFilePath(new("labs[0].shares", "m"), spec));
        Assert.Equal("labs[12].strategy.training_run_months", IssuePaths.ToFilePath(new("labs[12].training_run_months", "m"), spec));
        Assert.Equal("labs[2].name", IssuePaths.ToFilePath(new("labs", "duplicate name 'a'"), spec));
        Assert.Equal("clusters[2].name", IssuePaths.ToFilePath(new("clusters", $"duplicate name '{spec.Clusters[1].Name}'"), spec));
        Assert.Equal("labs[0].budget.growth_factor_per_year", IssuePaths.ToFilePath(new("labs[0].budget.growth_factor_per_year", "m"), spec));
    }
}
