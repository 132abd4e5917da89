using SimCluster.Model.Parameters;

namespace SimCluster.Scenarios;

/// <summary>
/// The keys the scenario format accepts at each level of a file, in the order the writer emits them, from the
/// parameter registry (<see cref="ParameterRegistry"/>, where each key is declared once) and, for distribution maps,
/// listed here. The loader refuses any other key (with a did-you-mean), and a test checks that
/// <c>scenarios/schema.json</c> (whose <c>$defs</c> use the same level names) lists exactly these.
/// </summary>
public static class ScenarioKeys
{
    /// <summary>The top level of a file.</summary>
    public static IReadOnlyList<string> Scenario { get; } = Keys("");

    /// <summary><c>world</c>: the shared model constants.</summary>
    public static IReadOnlyList<string> World { get; } = Keys("world");

    /// <summary><c>world.loss_constants</c> written as a map (a custom set).</summary>
    public static IReadOnlyList<string> LossConstants { get; } = Keys("world.loss_constants");

    /// <summary><c>world.algorithmic_progress</c>.</summary>
    public static IReadOnlyList<string> AlgorithmicProgress { get; } = Keys("world.algorithmic_progress");

    /// <summary><c>world.synthetic</c>.</summary>
    public static IReadOnlyList<string> Synthetic { get; } = Keys("world.synthetic");

    /// <summary><c>world.rl</c>.</summary>
    public static IReadOnlyList<string> Rl { get; } = Keys("world.rl");

    /// <summary><c>world.test_time</c>.</summary>
    public static IReadOnlyList<string> TestTime { get; } = Keys("world.test_time");

    /// <summary><c>world.capability</c>.</summary>
    public static IReadOnlyList<string> Capability { get; } = Keys("world.capability");

    /// <summary>An item of <c>sources</c>.</summary>
    public static IReadOnlyList<string> Source { get; } = Keys("sources.<source>");

    /// <summary>An item of <c>clusters</c>.</summary>
    public static IReadOnlyList<string> Cluster { get; } = Keys("clusters.<cluster>");

    /// <summary>An item's <c>hardware</c>.</summary>
    public static IReadOnlyList<string> Hardware { get; } = Keys("clusters.<cluster>.hardware");

    /// <summary>An item of <c>labs</c>.</summary>
    public static IReadOnlyList<string> Lab { get; } = Keys("labs.<lab>");

    /// <summary>A lab's <c>strategy</c> written as a map.</summary>
    public static IReadOnlyList<string> Strategy { get; } = Keys("labs.<lab>.strategy");

    /// <summary>A strategy's <c>shares</c> and <c>shares_when_data_short</c>.</summary>
    public static IReadOnlyList<string> Shares { get; } = Keys("labs.<lab>.strategy.shares");

    /// <summary>A lab's <c>budget</c>.</summary>
    public static IReadOnlyList<string> Budget { get; } = Keys("labs.<lab>.budget");

    /// <summary>A lab's <c>dataset_trend</c>.</summary>
    public static IReadOnlyList<string> DatasetTrend { get; } = Keys("labs.<lab>.dataset_trend");

    /// <summary>A <c>normal</c> distribution on a variable number: mean and standard deviation.</summary>
    public static IReadOnlyList<string> NormalDistribution { get; } = ["distribution", "mean", "sd", "min", "max"];

    /// <summary>A <c>lognormal</c> distribution: median and 90th percentile, or mu and sigma of ln X.</summary>
    public static IReadOnlyList<string> LogNormalDistribution { get; } = ["distribution", "median", "p90", "mu", "sigma", "min", "max"];

    /// <summary>A <c>uniform</c> distribution on [lower, upper].</summary>
    public static IReadOnlyList<string> UniformDistribution { get; } = ["distribution", "lower", "upper", "min", "max"];

    /// <summary>A <c>triangular</c> distribution: lower, mode, upper.</summary>
    public static IReadOnlyList<string> TriangularDistribution { get; } = ["distribution", "lower", "mode", "upper", "min", "max"];

    /// <summary>The distribution maps by the value of their <c>distribution</c> key, in the order messages list them.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> DistributionsByKind { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["normal"] = NormalDistribution,
        ["lognormal"] = LogNormalDistribution,
        ["uniform"] = UniformDistribution,
        ["triangular"] = TriangularDistribution,
    };

    /// <summary>Every level by the name the schema's <c>$defs</c> give it (<c>scenario</c> is the schema's root).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByLevel { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["scenario"] = Scenario,
        ["world"] = World,
        ["loss_constants"] = LossConstants,
        ["algorithmic_progress"] = AlgorithmicProgress,
        ["synthetic"] = Synthetic,
        ["rl"] = Rl,
        ["test_time"] = TestTime,
        ["capability"] = Capability,
        ["source"] = Source,
        ["cluster"] = Cluster,
        ["hardware"] = Hardware,
        ["lab"] = Lab,
        ["strategy"] = Strategy,
        ["shares"] = Shares,
        ["budget"] = Budget,
        ["dataset_trend"] = DatasetTrend,
        ["normal_distribution"] = NormalDistribution,
        ["lognormal_distribution"] = LogNormalDistribution,
        ["uniform_distribution"] = UniformDistribution,
        ["triangular_distribution"] = TriangularDistribution,
    };

    /// <summary>The schema's name (<c>$defs</c>) for the registry level <paramref name="level"/> (a key template).</summary>
    public static string SchemaLevel(string level) => level switch
    {
        "" => "scenario",
        "sources.<source>" => "source",
        "clusters.<cluster>" => "cluster",
        "labs.<lab>" => "lab",
        "labs.<lab>.strategy.shares_when_data_short" => "shares",
        _ => level[(level.LastIndexOf('.') + 1)..],
    };

    private static string[] Keys(string level) => ParameterRegistry.Children(level).Select(p => p.Name).ToArray();
}
