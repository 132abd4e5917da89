using System.Diagnostics;
using SimCluster.Abstractions;
using SimCluster.Model.Scenarios;
using SimCluster.Model.World;

namespace SimCluster.Grains;

/// <summary>
/// The clock of a run. Each step runs the phases of docs/model.md §2 with a barrier (Task.WhenAll) between them:
/// 1. every source and cluster advances; 2. every lab plans, then every exclusive source allocates all requests at
/// once; 3. every lab executes and reports. Results are gathered into name-keyed maps, so the order replies arrive
/// in, and the silos the grains live on, cannot change anything. It keeps no results itself. Each step is a "step"
/// span with a "phase" span per phase (SimClusterTelemetry); they only observe, so they change no number.
/// </summary>
public sealed class ScenarioGrain(IGrainFactory grains) : Grain, IScenarioGrain
{
    private ScenarioSpec? _spec;
    private StepClock _clock;
    private long _stepsDone;
    private (string Name, IDataSourceGrain Grain, bool Exclusive)[] _sources = [];
    private (string Name, IGpuClusterGrain Grain)[] _clusters = [];
    private (LabSpec Spec, ILabGrain Grain)[] _labs = [];

    /// <inheritdoc />
    public async Task<RunProgress> Start(ScenarioSpec scenario, int replicate)
    {
        ScenarioChecks.Require(scenario);
        if (_spec is not null) throw new InvalidOperationException($"run {this.GetPrimaryKeyString()} has already started");

        string run = this.GetPrimaryKeyString();
        _spec = scenario;
        _clock = new StepClock(scenario.StartYear, scenario.StepMonths);
        _sources = scenario.Sources.OrderBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => (s.Name, grains.GetGrain<IDataSourceGrain>(GrainKeys.Entity(run, s.Name)), s.Rivalry == Model.Data.Rivalry.Exclusive)).ToArray();
        _clusters = scenario.Clusters.OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => (c.Name, grains.GetGrain<IGpuClusterGrain>(GrainKeys.Entity(run, c.Name)))).ToArray();
        _labs = scenario.Labs.OrderBy(l => l.Name, StringComparer.Ordinal)
            .Select(l => (l, grains.GetGrain<ILabGrain>(GrainKeys.Entity(run, l.Name)))).ToArray();

        await grains.GetGrain<IAggregatorGrain>(run).Initialize(new RunInfo(run, scenario));
        await Task.WhenAll(
            _sources.Select(s => s.Grain.Initialize(new EntityInit(run, replicate, scenario, s.Name)))
            .Concat(_clusters.Select(c => c.Grain.Initialize(new EntityInit(run, replicate, scenario, c.Name))))
            .Concat(_labs.Select(l => l.Grain.Initialize(new EntityInit(run, replicate, scenario, l.Spec.Name)))));
        return Progress();
    }

    /// <inheritdoc />
    public async Task<RunProgress> Advance(int maxSteps)
    {
        var spec = _spec ?? throw new InvalidOperationException($"run {this.GetPrimaryKeyString()} has not started");
        if (maxSteps < 1) throw new ArgumentOutOfRangeException(nameof(maxSteps), maxSteps, "must be >= 1");
        for (int i = 0; i < maxSteps && _stepsDone < spec.Steps; i++)
        {
            await Step(_stepsDone + 1);
            _stepsDone++;
        }
        return Progress();
    }

    private async Task Step(long k)
    {
        long started = Stopwatch.GetTimestamp();
        using (var span = SimClusterTelemetry.Source.StartActivity(SimClusterTelemetry.StepSpan))
        {
            span?.SetTag(SimClusterTelemetry.StepTag, k).SetTag(SimClusterTelemetry.YearTag, _clock.YearAt(k));
            await StepPhases(k);
        }
        SimClusterTelemetry.Steps.Add(1);
        SimClusterTelemetry.StepDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task StepPhases(long k)
    {
        // Phase 1: sources and clusters advance independently.
        Dictionary<string, DataSourceSnapshot> sources;
        Dictionary<string, ClusterStepResult> clusters;
        using (Phase(SimClusterTelemetry.AdvancePhase))
        {
            var sourceTasks = _sources.Select(s => s.Grain.Advance(k)).ToArray();
            var clusterTasks = _clusters.Select(c => c.Grain.Advance(k)).ToArray();
            await Task.WhenAll(Task.WhenAll(sourceTasks), Task.WhenAll(clusterTasks));
            sources = _sources.Select((s, i) => (s.Name, sourceTasks[i].Result)).ToDictionary(x => x.Name, x => x.Result, StringComparer.Ordinal);
            clusters = _clusters.Select((c, i) => (c.Name, clusterTasks[i].Result)).ToDictionary(x => x.Name, x => x.Result, StringComparer.Ordinal);
        }

        // Phase 2: every lab plans; then each exclusive source allocates with every request in hand.
        LabStepContext[] contexts;
        Dictionary<string, IReadOnlyDictionary<string, double>> grants;
        using (Phase(SimClusterTelemetry.PlanAllocatePhase))
        {
            contexts = _labs.Select(l => WorldLayout.ContextFor(l.Spec, k, _clock, clusters, sources)).ToArray();
            var plans = await Task.WhenAll(_labs.Select((l, i) => l.Grain.Plan(contexts[i])));
            var requests = WorldLayout.RequestsBySource(plans);
            var exclusive = _sources.Where(s => s.Exclusive).ToArray();
            var grantTasks = exclusive.Select(s => s.Grain.Allocate(k, requests.TryGetValue(s.Name, out var r) ? r : new Dictionary<string, double>())).ToArray();
            await Task.WhenAll(grantTasks);
            grants = exclusive.Select((s, i) => (s.Name, grantTasks[i].Result)).ToDictionary(x => x.Name, x => x.Result, StringComparer.Ordinal);
        }

        // Phase 3: every lab spends its compute and reports.
        using (Phase(SimClusterTelemetry.ExecutePhase))
            await Task.WhenAll(_labs.Select((l, i) => l.Grain.Execute(contexts[i], WorldLayout.GrantsFor(l.Spec.Name, grants))));
    }

    private static Activity? Phase(string name) =>
        SimClusterTelemetry.Source.StartActivity(SimClusterTelemetry.PhaseSpan)?.SetTag(SimClusterTelemetry.PhaseTag, name);

    private RunProgress Progress() => new(_stepsDone, _spec?.Steps ?? 0);
}
