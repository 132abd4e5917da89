using SimCluster.Model.Scenarios;

namespace SimCluster.Model.Parameters;

/// <summary>A parameter of one scenario: a registry entry and, for the entity lists, the entity it belongs to.</summary>
/// <param name="Definition">The registry entry.</param>
/// <param name="Entity">The source, cluster or lab's name; null for top-level and world parameters.</param>
public sealed record BoundParameter(Parameter Definition, string? Entity)
{
    /// <summary>The concrete key, e.g. <c>labs.OpenAI.budget.initial_usd_per_year</c>.</summary>
    public string Key => Definition.KeyFor(Entity);

    /// <summary>The number in <paramref name="spec"/>; null when it is null there, or not a number.</summary>
    public double? Number(ScenarioSpec spec) => Definition.Get?.Invoke(spec, Entity);

    /// <summary>The text, choice or names in <paramref name="spec"/>; null for numbers and sections.</summary>
    public IReadOnlyList<string>? Text(ScenarioSpec spec) => Definition.Text?.Invoke(spec, Entity);

    /// <summary>A copy of <paramref name="spec"/> with the number set.</summary>
    public ScenarioSpec Set(ScenarioSpec spec, double value) =>
        (Definition.Set ?? throw new InvalidOperationException($"{Key} is not a number that can be set"))(spec, Entity, value);
}
