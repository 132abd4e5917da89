using SimCluster.Model.Scenarios;

namespace SimCluster.Abstractions;

/// <summary>The check every grain that takes a scenario makes before using it, whoever sent it.</summary>
public static class ScenarioChecks
{
    /// <summary>Throws <see cref="ArgumentException"/> listing every issue when <paramref name="scenario"/> cannot run.</summary>
    public static ScenarioSpec Require(ScenarioSpec scenario)
    {
        var issues = ScenarioValidator.Validate(scenario);
        if (issues.Count > 0)
            throw new ArgumentException("invalid scenario: " + string.Join("; ", issues.Select(i => $"{i.Path}: {i.Message}")), nameof(scenario));
        return scenario;
    }

    /// <summary>The entity named <paramref name="name"/> among <paramref name="entities"/>, or an <see cref="ArgumentException"/>.</summary>
    public static T Named<T>(IEnumerable<T> entities, Func<T, string> nameOf, string name, string kind) =>
        entities.FirstOrDefault(e => nameOf(e) == name) ?? throw new ArgumentException($"the scenario has no {kind} named '{name}'", nameof(name));
}
