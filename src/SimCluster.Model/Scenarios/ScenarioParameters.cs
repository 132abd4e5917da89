using SimCluster.Model.Parameters;

namespace SimCluster.Model.Scenarios;

/// <summary>
/// Every numeric parameter a sweep may vary, by its key (entities by name): the registry's variable numbers
/// (<see cref="ParameterRegistry.Variable"/>). Structural numbers (years, step length, seed) and compute shares
/// (which must sum to 1) are not among them: varying them would change the run's shape or break its constraints
/// rather than express uncertainty about the world.
/// </summary>
public static class ScenarioParameters
{
    /// <summary>The parameters of <paramref name="spec"/>, in file order. A number written as null (no power cap) reads as +∞.</summary>
    public static IReadOnlyList<ScenarioParameter> Of(ScenarioSpec spec) =>
        ParameterRegistry.Variable(spec).Select(b => new ScenarioParameter(b.Key, s => b.Number(s) ?? double.PositiveInfinity, b.Set)).ToArray();

    /// <summary>The parameter at <paramref name="path"/>, or null; <paramref name="known"/> lists every valid path.</summary>
    public static ScenarioParameter? Find(ScenarioSpec spec, string path, out IReadOnlyList<string> known)
    {
        var all = Of(spec);
        known = all.Select(p => p.Path).ToArray();
        return all.FirstOrDefault(p => p.Path == path);
    }
}
