using SimCluster.Model.Data;
using SimCluster.Model.Scenarios;

namespace SimCluster.Model.World;

/// <summary>
/// A whole scenario on one thread, no Orleans: the reference the grains must match row for row, and the inner loop
/// of sweeps. Each step runs the three phases of docs/model.md §2 in order: sources and clusters advance; labs plan and exclusive
/// sources allocate; labs execute. The wiring (which cluster and sources each lab uses) is resolved to indices once,
/// so a step allocates little beyond its rows.
/// </summary>
public sealed class WorldRun
{
    private static readonly IReadOnlyDictionary<string, double> None = new Dictionary<string, double>();
    private readonly ScenarioSpec _spec;
    private readonly DataSourceRuntime[] _sources;
    private readonly ClusterRuntime[] _clusters;
    private readonly LabRuntime[] _labs;
    private readonly int[] _labCluster, _exclusive;
    private readonly int[][] _labSources;
    private readonly DataSourceSnapshot[] _snapshots;
    private readonly ClusterStepResult[] _clusterResults;
    private readonly int _replicate;

    /// <summary>Builds the world of <paramref name="spec"/> at t0.</summary>
    public WorldRun(ScenarioSpec spec, int replicate = 0)
    {
        _spec = spec;
        _replicate = replicate;
        Clock = new StepClock(spec.StartYear, spec.StepMonths);
        _sources = spec.Sources.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => new DataSourceRuntime(s, WorldLayout.SourceAt(spec, s.Name))).ToArray();
        _clusters = spec.Clusters.OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => new ClusterRuntime(c, spec.StartYear, WorldLayout.TenantsOf(spec, c.Name), WorldLayout.ClusterAt(spec, c.Name))).ToArray();
        _labs = spec.Labs.OrderBy(l => l.Name, StringComparer.Ordinal)
            .Select(l => new LabRuntime(l, spec.World, WorldLayout.SourcesOf(spec, l), WorldLayout.LabAt(spec, l.Name), replicate)).ToArray();
        var sourceIndex = _sources.Select((s, i) => (s.Parameters.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        var clusterIndex = _clusters.Select((c, i) => (c.Spec.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        _labCluster = _labs.Select(l => clusterIndex[l.Spec.Cluster]).ToArray();
        _labSources = _labs.Select(l => l.Spec.Sources.Distinct().Order(StringComparer.Ordinal).Select(s => sourceIndex[s]).ToArray()).ToArray();
        _exclusive = Enumerable.Range(0, _sources.Length).Where(i => _sources[i].Parameters.Rivalry == Rivalry.Exclusive).ToArray();
        _snapshots = new DataSourceSnapshot[_sources.Length];
        _clusterResults = new ClusterStepResult[_clusters.Length];
    }

    /// <summary>The time grid.</summary>
    public StepClock Clock { get; }

    /// <summary>Steps done.</summary>
    public long StepsDone { get; private set; }

    /// <summary>Whether every step has run.</summary>
    public bool Finished => StepsDone >= _spec.Steps;

    /// <summary>Runs the next step; returns its lab rows and source rows, each in name order.</summary>
    public StepRows Step()
    {
        if (Finished) throw new InvalidOperationException("the scenario has finished");
        long k = StepsDone + 1;
        double from = Clock.YearAt(k - 1), to = Clock.YearAt(k);

        // Phase 1: sources and clusters advance.
        for (int i = 0; i < _sources.Length; i++) _snapshots[i] = _sources[i].Advance(from, Clock.StepYears);
        for (int i = 0; i < _clusters.Length; i++) _clusterResults[i] = _clusters[i].Advance(from, Clock);

        // Phase 2: labs plan; each exclusive source allocates with every request in hand.
        var contexts = new LabStepContext[_labs.Length];
        var plans = new LabPlan[_labs.Length];
        bool anyRequest = false;
        for (int l = 0; l < _labs.Length; l++)
        {
            var sources = new DataSourceSnapshot[_labSources[l].Length];
            for (int j = 0; j < sources.Length; j++) sources[j] = _snapshots[_labSources[l][j]];
            contexts[l] = new LabStepContext(k, from, to, Clock.StepMonths, _clusterResults[_labCluster[l]].For(_labs[l].Spec.Name), sources);
            plans[l] = _labs[l].Plan(contexts[l]);
            anyRequest |= plans[l].Requests.Count > 0;
        }
        var requests = anyRequest ? WorldLayout.RequestsBySource(plans) : null;
        var grants = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        foreach (int i in _exclusive)
        {
            var name = _sources[i].Parameters.Name;
            grants[name] = _sources[i].Allocate(to, requests is not null && requests.TryGetValue(name, out var r) ? r : None);
        }

        // Phase 3: labs execute.
        var rows = new TrajectoryRow[_labs.Length];
        for (int l = 0; l < _labs.Length; l++)
            rows[l] = _labs[l].Execute(contexts[l], anyRequest ? WorldLayout.GrantsFor(_labs[l].Spec.Name, grants) : None);
        var sourceRows = new SourceRow[_sources.Length];
        for (int i = 0; i < _sources.Length; i++) sourceRows[i] = _sources[i].Row(_replicate, k, to);
        StepsDone = k;
        return new StepRows(rows, sourceRows);
    }

    /// <summary>Every row of a run, in step then name order.</summary>
    public static StepRows RunAll(ScenarioSpec spec, int replicate = 0)
    {
        var run = new WorldRun(spec, replicate);
        var labs = new List<TrajectoryRow>();
        var sources = new List<SourceRow>();
        while (!run.Finished)
        {
            var step = run.Step();
            labs.AddRange(step.Labs);
            sources.AddRange(step.Sources);
        }
        return new StepRows(labs, sources);
    }
}
