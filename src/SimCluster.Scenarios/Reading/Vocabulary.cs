using SimCluster.Model.Data;
using SimCluster.Model.Synthetic;

namespace SimCluster.Scenarios.Reading;

/// <summary>The fixed names the format accepts for enumerations, and their inverses for the writer.</summary>
internal static class Vocabulary
{
    public static IReadOnlyDictionary<string, Rivalry> Rivalries { get; } =
        new Dictionary<string, Rivalry> { ["public"] = Rivalry.Public, ["exclusive"] = Rivalry.Exclusive };

    public static IReadOnlyDictionary<string, SyntheticMode> SyntheticModes { get; } =
        new Dictionary<string, SyntheticMode> { ["accumulate"] = SyntheticMode.Accumulate, ["replace"] = SyntheticMode.Replace };

    public const string LossGapForm = "loss_gap", PlainLossForm = "plain_loss";

    public static IReadOnlyDictionary<string, string> MappingForms { get; } =
        new Dictionary<string, string> { [LossGapForm] = LossGapForm, [PlainLossForm] = PlainLossForm };

    public static string Name(Rivalry r) => Rivalries.Single(kv => kv.Value == r).Key;

    public static string Name(SyntheticMode m) => SyntheticModes.Single(kv => kv.Value == m).Key;
}
