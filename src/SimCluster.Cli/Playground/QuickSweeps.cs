using SimCluster.Abstractions;
using SimCluster.Model.Sweeps;
using SimCluster.Scenarios;

namespace SimCluster.Cli.Playground;

/// <summary>
/// The Uncertainty page's sweeps: a Monte Carlo sweep of the state's distributions (fans of K and GPQA, the year data
/// runs out), then a one-at-a-time sweep for the tornado of K in 2040, both on the grains like <c>simcluster sweep</c>.
/// Checked before anything runs; at most <see cref="MaxRunning"/> at once so a stream of requests cannot swamp the
/// silo; kept in memory, the oldest forgotten first (with at most two running, only finished ones are that old).
/// </summary>
public sealed class QuickSweeps(ScenarioResolver resolver, GrainAccess access)
{
    /// <summary>Replicates allowed, and the default.</summary>
    public const int MinReplicates = 20, MaxReplicates = 2000, DefaultReplicates = 300;

    /// <summary>Sweeps running at once.</summary>
    public const int MaxRunning = 2;

    /// <summary>Sweeps kept.</summary>
    public const int Capacity = 32;

    // Small batches spread a few hundred replicates over every core, and let progress move often.
    private const int BatchSize = 10;

    private readonly RecentItems<string, QuickSweep> _sweeps = new(Capacity, StringComparer.Ordinal);
    private int _running;

    /// <summary>The sweep <paramref name="id"/>, or null.</summary>
    public QuickSweep? Find(string id) => _sweeps.Find(id);

    /// <summary>Checks and starts a sweep of <paramref name="state"/>; throws <see cref="PlaygroundException"/> on a bad request.</summary>
    public QuickSweep Start(PlaygroundState state, int replicates)
    {
        if (replicates is < MinReplicates or > MaxReplicates)
            throw PlaygroundException.Of("replicates", $"must be a whole number in [{MinReplicates}, {MaxReplicates}]; got {replicates}");
        var scenario = resolver.Resolve(state);
        var spec = scenario.Spec;
        if (spec.Uncertain.Count == 0)
            throw PlaygroundException.Of("preset", $"{scenario.FileName}: no parameter has a distribution, so every replicate would be the same; choose a scenario with distributions (baseline-uncertain)");
        var layout = new SweepLayout(spec);
        var outcome = Outcome(layout);
        var monteCarlo = new SweepRequest(GrainKeys.NewRunId(), spec, SweepKind.MonteCarlo, replicates, BatchSize, null, scenario.FileName, scenario.Description);
        var tornado = new SweepRequest(GrainKeys.NewRunId(), spec, SweepKind.OneAtATime, 1 + 2 * spec.Uncertain.Count, BatchSize, outcome.Name, scenario.FileName, scenario.Description);
        foreach (var request in new[] { monteCarlo, tornado })
            if ((request.Problem() ?? SweepPlan.FirstInvalid(spec, request.Design())) is { } problem) throw PlaygroundException.Of("preset", $"{scenario.FileName}: {problem}");
        if (Interlocked.Increment(ref _running) > MaxRunning)
        {
            Interlocked.Decrement(ref _running);
            throw PlaygroundException.Of("sweep", $"{MaxRunning} sweeps are running already; wait for one to finish", 429);
        }
        var sweep = new QuickSweep(monteCarlo.SweepId, monteCarlo.Replicates + tornado.Replicates);
        _sweeps.GetOrAdd(sweep.Id, _ => sweep);
        _ = Task.Run(() => RunAsync(sweep, monteCarlo, tornado, outcome));
        return sweep;
    }

    private async Task RunAsync(QuickSweep sweep, SweepRequest monteCarlo, SweepRequest tornado, SweepOutcome outcome)
    {
        try
        {
            var client = new SweepClient(await access.Grains, TimeSpan.FromMinutes(1));
            var poll = TimeSpan.FromMilliseconds(20);
            await client.StartAsync(monteCarlo);
            var summary = await client.CollectAsync(monteCarlo, new Progress(s => sweep.Progress(s.RunsDone)), pollEvery: poll);
            await client.ForgetAsync(monteCarlo.SweepId);
            var runs = new List<ReplicateRecord>();
            await client.StartAsync(tornado);
            await client.CollectAsync(tornado, new Progress(s => sweep.Progress(monteCarlo.Replicates + s.RunsDone)), runs.AddRange, poll);
            await client.ForgetAsync(tornado.SweepId);
            sweep.Finish(SweepView.Of(summary, outcome, OneAtATime.Tornado(tornado.Scenario, new SweepLayout(tornado.Scenario).Labs, runs)));
        }
        catch (Exception e)
        {
            sweep.Fail(e is SweepFailedException f ? f.Message : $"the sweep failed: {e.Message}");
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    // K in 2040, or in the scenario's last year before it.
    private static SweepOutcome Outcome(SweepLayout layout)
    {
        int year = layout.Years.Where(y => y <= 2040).DefaultIfEmpty(layout.Years[^1]).Max();
        return SweepOutcome.Parse($"capability_eci@{year}", layout, out string? error) ?? throw new InvalidOperationException(error);
    }

    // Synchronous, so a report lands before the collect call returns (Progress<T> would post it later).
    private sealed class Progress(Action<SweepStatus> report) : IProgress<SweepStatus>
    {
        public void Report(SweepStatus value) => report(value);
    }
}
