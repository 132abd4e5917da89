using SimCluster.Model.Scenarios;
using SimCluster.Model.Sweeps;

namespace SimCluster.Abstractions;

/// <summary>What a <see cref="SweepRequest"/> implies, computed alike by the client, the sweep grain and each batch.</summary>
public static class SweepRequests
{
    /// <summary>The most runs one batch may hold.</summary>
    public const int MaxBatchSize = 100_000;

    /// <summary>The most bytes a batch's reply may need (its band values and records): far inside Orleans' 100 MiB
    /// message limit, so no batch size makes a message too large to travel.</summary>
    public const long MaxBatchBytes = 32L * 1024 * 1024;

    /// <summary>Bytes one replicate adds to its batch's reply: its band values, and a record of about 100 bytes per
    /// lab plus its parameter values (an upper estimate).</summary>
    public static long BytesPerReplicate(SweepLayout layout, int parameters) => 8L * layout.Size + 160L * layout.Labs.Count + 16L * parameters;

    /// <summary>The runs of the sweep.</summary>
    public static ISweepDesign Design(this SweepRequest r) => r.Kind switch
    {
        SweepKind.MonteCarlo => new MonteCarloDesign(r.Scenario, r.Replicates),
        SweepKind.Sobol => new SobolDesign(r.Scenario, r.Replicates),
        _ => new OneAtATime(r.Scenario),
    };

    /// <summary>How many batches.</summary>
    public static int Batches(this SweepRequest r) => SweepPlan.BatchCount(r.Design(), r.BatchSize);

    /// <summary>The outcome sensitivity sweeps read, parsed; null for Monte Carlo.</summary>
    public static SweepOutcome? ParsedOutcome(this SweepRequest r, SweepLayout layout) =>
        r.Outcome is null ? null : SweepOutcome.Parse(r.Outcome, layout, out string? why) ?? throw new ArgumentException($"invalid sweep: {why}", nameof(r));

    /// <summary>
    /// What is wrong with the request's shape and scenario, or null: every grain that takes a request checks it,
    /// whoever sent it, so a hostile or buggy client cannot make a silo run what a file could not say. (The drawn
    /// values are checked by <see cref="SweepPlan.FirstInvalid"/> at the start and again as each replicate runs.)
    /// </summary>
    public static string? Problem(this SweepRequest r)
    {
        if (string.IsNullOrWhiteSpace(r.SweepId)) return "the sweep id is empty";
        if (!Enum.IsDefined(r.Kind)) return $"unknown sweep kind {(int)r.Kind}";
        if (r.BatchSize < 1 || r.BatchSize > MaxBatchSize) return $"batch size must be in [1, {MaxBatchSize}]; got {r.BatchSize}";
        if (r.Kind != SweepKind.OneAtATime && (r.Replicates < 1 || r.Replicates > SweepPlan.MaxReplicates))
            return $"replicates must be in [1, {SweepPlan.MaxReplicates}]; got {r.Replicates}";
        if (r.Scenario.Uncertain.Count == 0) return "no parameter has a distribution, so every replicate would be the same";
        if (ScenarioValidator.Validate(r.Scenario).FirstOrDefault() is { } issue) return $"invalid scenario: {issue.Path}: {issue.Message}";
        var layout = new SweepLayout(r.Scenario);
        long perReplicate = BytesPerReplicate(layout, r.Scenario.Uncertain.Count);
        if (r.BatchSize * perReplicate > MaxBatchBytes)
            return $"batch size {r.BatchSize} makes each batch's reply about {r.BatchSize * perReplicate / (1024.0 * 1024):0} MB for this scenario; " +
                $"at most {MaxBatchBytes / perReplicate} replicates per batch keep it under {MaxBatchBytes / (1024 * 1024)} MB";
        if ((r.Kind == SweepKind.MonteCarlo) != (r.Outcome is null)) return r.Outcome is null ? "a sensitivity sweep needs an outcome" : "a Monte Carlo sweep takes no outcome";
        if (r.Outcome is not null && SweepOutcome.Parse(r.Outcome, layout, out string? why) is null) return why;
        return null;
    }
}
