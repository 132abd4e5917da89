using SimCluster.Model.Scenarios;

namespace SimCluster.Scenarios.Overrides;

/// <summary>
/// One value given on the command line in place of what a scenario file says: a parameter key with entities by name
/// (<c>labs.OpenAI.budget.initial_usd_per_year</c>, see <see cref="SimCluster.Model.Parameters.ParameterRegistry"/>)
/// and the value in the file's own syntax (a number, a name, or a flow map such as
/// <c>{distribution: lognormal, median: 3e14, p90: 1e15}</c>). The loader puts it into the file's document before
/// reading it, so every check a file gets applies to it unchanged; errors in it name <see cref="Origin"/>.
/// </summary>
/// <param name="Key">The parameter's key in this scenario.</param>
/// <param name="Value">The value as YAML text, on one line.</param>
/// <param name="Origin">What errors name instead of a file position, e.g. <c>--set KEY</c>.</param>
public sealed record ScenarioOverride(string Key, string Value, string Origin)
{
    /// <summary>
    /// Parses <c>KEY=VALUE</c> (split at the first '='; a value may hold more); null and <paramref name="problem"/>
    /// when the text is not of that form. <paramref name="option"/> names the option in <see cref="Origin"/>.
    /// </summary>
    public static ScenarioOverride? Parse(string text, string option, out string? problem)
    {
        problem = null;
        int eq = text.IndexOf('=', StringComparison.Ordinal);
        string key = eq < 0 ? text.Trim() : text[..eq].Trim();
        if (eq <= 0 || key.Length == 0)
            problem = "expected KEY=VALUE, a parameter key with entities by name, e.g. sources.public-web-text.initial_stock_tokens=1e14";
        else if (text[(eq + 1)..].Trim().Length == 0)
            problem = $"no value after '='; expected KEY=VALUE, e.g. {key}=1e14";
        else if (text.Any(c => c is '\n' or '\r'))
            problem = "the value must be on one line (YAML flow syntax: a number, a name, or {key: value, ...})";
        else if (text.Any(IssueText.IsUnsafe))
            problem = "must not contain control characters";
        return problem is null ? new ScenarioOverride(key, text[(eq + 1)..].Trim(), $"{option} {key}") : null;
    }
}
