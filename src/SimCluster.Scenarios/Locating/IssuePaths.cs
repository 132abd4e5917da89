using System.Text.RegularExpressions;
using SimCluster.Model.Scenarios;

namespace SimCluster.Scenarios.Locating;

/// <summary>
/// Maps a <see cref="ScenarioIssue"/> path onto the file's layout. The validator sees a lab's strategy fields as
/// <c>labs[i].shares</c>; in a file they sit under <c>labs[i].strategy</c>. A duplicate name is reported by the
/// validator on the whole list; the file path names the second item that uses it.
/// </summary>
internal static partial class IssuePaths
{
    public static string ToFilePath(ScenarioIssue issue, ScenarioSpec spec)
    {
        var strategy = StrategyField().Match(issue.Path);
        if (strategy.Success) return $"{strategy.Groups[1].Value}.strategy.{strategy.Groups[2].Value}";
        var duplicate = DuplicateName().Match(issue.Message);
        if (duplicate.Success && Names(spec, issue.Path) is { } names)
        {
            int second = names.Select((n, i) => (n, i)).Where(x => x.n == duplicate.Groups[1].Value).Skip(1).Select(x => x.i).FirstOrDefault(-1);
            if (second >= 0) return $"{issue.Path}[{second}].name";
        }
        return issue.Path;
    }

    private static IReadOnlyList<string>? Names(ScenarioSpec spec, string list) => list switch
    {
        "sources" => spec.Sources.Select(s => s.Name).ToList(),
        "clusters" => spec.Clusters.Select(c => c.Name).ToList(),
        "labs" => spec.Labs.Select(l => l.Name).ToList(),
        _ => null,
    };

    [GeneratedRegex(@"^(labs\[\d+\])\.(shares|shares_when_data_short|training_run_months)$")]
    private static partial Regex StrategyField();

    [GeneratedRegex("^duplicate name '(.*)'$")]
    private static partial Regex DuplicateName();
}
