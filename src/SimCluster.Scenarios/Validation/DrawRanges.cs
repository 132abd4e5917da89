using SimCluster.Model.Scenarios;

namespace SimCluster.Scenarios.Validation;

/// <summary>
/// The values a sweep can draw must pass the same checks as the nominal one, or a replicate would fail long after
/// the file loaded. Quantiles are monotone and each check on a parameter is a range, so testing the two ends
/// covers the draws in between: an unbounded normal on a count is caught here, with the advice to bound it.
/// </summary>
internal static class DrawRanges
{
    // The quantiles 1e-12 and 1 − 1e-12 (±7 sd of a normal), not the RNG's most extreme uniforms (2^-54 and ~1 − 2^-54):
    // near 1, a truncated quantile's lo + p·(hi − lo) rounds to hi and the inverse CDF returns infinity, a float
    // artefact that would refuse every distribution with an open upper tail. A draw beyond these is a 1e-12 event.
    private static readonly (string End, double P)[] Ends = [("lowest", 1e-12), ("highest", 1 - 1e-12)];

    /// <summary>Issues at the uncertain parameters' paths (file layout); empty when every draw is valid.</summary>
    public static IEnumerable<ScenarioIssue> Check(ScenarioSpec spec)
    {
        foreach (var u in spec.Uncertain)
            foreach (var (end, p) in Ends)
            {
                var drawn = ScenarioSampler.Apply(spec, [(u.Path, u.Distribution.Quantile(p))]);
                foreach (var issue in ScenarioValidator.Validate(drawn).Where(i => i.Path == u.Path))
                    yield return new ScenarioIssue(u.Path, $"its {end} draws are out of range: {issue.Message}; narrow the distribution or bound it with min and max");
            }
    }
}
