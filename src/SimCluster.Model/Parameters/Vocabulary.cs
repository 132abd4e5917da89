using SimCluster.Model.Data;
using SimCluster.Model.Synthetic;

namespace SimCluster.Model.Parameters;

/// <summary>The fixed names scenarios use for enumerations (read, written and listed as a parameter's choices).</summary>
public static class Vocabulary
{
    /// <summary>A source's rivalry.</summary>
    public static IReadOnlyDictionary<string, Rivalry> Rivalries { get; } =
        new Dictionary<string, Rivalry> { ["public"] = Rivalry.Public, ["exclusive"] = Rivalry.Exclusive };

    /// <summary>How synthetic tokens enter the training mix.</summary>
    public static IReadOnlyDictionary<string, SyntheticMode> SyntheticModes { get; } =
        new Dictionary<string, SyntheticMode> { ["accumulate"] = SyntheticMode.Accumulate, ["replace"] = SyntheticMode.Replace };

    /// <summary>The name of <paramref name="r"/>.</summary>
    public static string Name(Rivalry r) => Rivalries.Single(kv => kv.Value == r).Key;

    /// <summary>The name of <paramref name="m"/>.</summary>
    public static string Name(SyntheticMode m) => SyntheticModes.Single(kv => kv.Value == m).Key;
}
