using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SimCluster.Abstractions;

/// <summary>
/// SimCluster's traces and metrics: one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named
/// <see cref="Name"/>. They live here, beside the grain interfaces, because both sides use them: the grains (spans per
/// step, phase, sweep and batch), the silo's call filter (grain calls) and the client runners (a span per scenario).
/// They are plain .NET types: nothing here depends on OpenTelemetry, which only listens (SimCluster.Silo's
/// TelemetrySetup). Until something listens, starting a span returns null and recording a measurement does nothing.
/// Telemetry only observes: no span or measurement feeds back into the simulation, so its numbers are the same with it
/// on or off.
/// </summary>
public static class SimClusterTelemetry
{
    /// <summary>Name of the activity source and of the meter.</summary>
    public const string Name = "SimCluster";

    /// <summary>Span names.</summary>
    public const string ScenarioSpan = "scenario", StepSpan = "step", PhaseSpan = "phase", SweepSpan = "sweep", BatchSpan = "batch";

    /// <summary>The three phases of a step, as the <see cref="PhaseTag"/> of a phase span.</summary>
    public const string AdvancePhase = "advance", PlanAllocatePhase = "plan-allocate", ExecutePhase = "execute";

    /// <summary>Span tags.</summary>
    public const string ScenarioTag = "simcluster.scenario", RunTag = "simcluster.run", ReplicateTag = "simcluster.replicate",
        StepsTag = "simcluster.steps", LabsTag = "simcluster.labs", StepTag = "simcluster.step", YearTag = "simcluster.year",
        PhaseTag = "simcluster.phase", SweepTag = "simcluster.sweep", KindTag = "simcluster.kind", ReplicatesTag = "simcluster.replicates",
        BatchesTag = "simcluster.batches", BatchTag = "simcluster.batch", StoredTag = "simcluster.stored", GrainTag = "simcluster.grain";

    private static readonly string? Version = typeof(SimClusterTelemetry).Assembly.GetName().Version?.ToString();

    /// <summary>The source of SimCluster's spans.</summary>
    public static ActivitySource Source { get; } = new(Name, Version);

    /// <summary>The meter of SimCluster's instruments.</summary>
    public static Meter Meter { get; } = new(Name, Version);

    /// <summary><c>simcluster.steps</c>: scenario steps completed (by scenario grains; sweeps count replicates instead).</summary>
    public static Counter<long> Steps { get; } = Meter.CreateCounter<long>("simcluster.steps", "{step}", "Scenario steps completed");

    /// <summary>
    /// <c>simcluster.step.duration</c>: wall time of one scenario step, all three phases, in milliseconds. Its count
    /// over its sum is the step rate: steps per second = 1000 × count / sum.
    /// </summary>
    public static Histogram<double> StepDuration { get; } = Meter.CreateHistogram<double>(
        "simcluster.step.duration", "ms", "Wall time of one scenario step (all labs, all three phases)",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.25, 0.5, 1, 2, 5, 10, 25, 50, 100, 250, 1000] });

    /// <summary><c>simcluster.replicates</c>: sweep replicates computed, counted where their batch ran.</summary>
    public static Counter<long> Replicates { get; } = Meter.CreateCounter<long>("simcluster.replicates", "{replicate}", "Sweep replicates computed");

    /// <summary><c>simcluster.grain_calls</c>: calls received by SimCluster grains, tagged with the grain interface.</summary>
    public static Counter<long> GrainCalls { get; } = Meter.CreateCounter<long>("simcluster.grain_calls", "{call}", "Calls received by SimCluster grains");
}
