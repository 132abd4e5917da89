namespace SimCluster.Model.Guards;

/// <summary>A run that left the world that could exist (docs/model.md §3.3): a warning, not an error, since a what-if
/// may go there on purpose; a shipped scenario that raises one is a bug.</summary>
/// <param name="Guard">Which guard: <c>spend_above_gwp_share</c>, <c>cluster_power</c> or <c>flop_per_joule</c>.</param>
/// <param name="Subject">The lab or cluster, as the scenario names it.</param>
/// <param name="Field">The scenario field to change, e.g. <c>labs[0].budget.growth_factor_per_year</c>.</param>
/// <param name="Year">The first year the guard fired.</param>
/// <param name="Value">The value then.</param>
/// <param name="Limit">The limit it passed.</param>
/// <param name="Message">What happened and what to change, in a sentence.</param>
public sealed record GuardWarning(string Guard, string Subject, string Field, double Year, double Value, double Limit, string Message);
