using SimCluster.Model.Data;
using SimCluster.Model.Scenarios;

namespace SimCluster.Model.World;

/// <summary>
/// A whole scenario on one thread, no Orleans: the reference the grains must match row for row, and the plain loop
/// of the benchmarks. Each step runs DESIGN 2's three phases in order: sources and clusters advance; labs plan and
/// exclusive sources allocate; labs execute.
/// </summary>
public sealed class WorldRun
{
    private readonly ScenarioSpec _spec;
    private readonly DataSourceRuntime[] _sources;
    private readonly ClusterRuntime[] _clusters;
    private readonly LabRuntime[] _labs;
    private readonly int _replicate;

    /// <summary>Builds the world of <paramref name="spec"/> at t0.</summary>
    public WorldRun(ScenarioSpec spec, int replicate = 0)
    {
        _spec = spec;
        _replicate = replicate;
        Clock = new StepClock(spec.StartYear, spec.StepMonths);
        _sources = spec.Sources.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => new DataSourceRuntime(s)).ToArray();
        _clusters = spec.Clusters.OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => new ClusterRuntime(c, spec.StartYear, WorldLayout.TenantsOf(spec, c.Name))).ToArray();
        _labs = spec.Labs.OrderBy(l => l.Name, StringComparer.Ordinal)
            .Select(l => new LabRuntime(l, spec.World, WorldLayout.SourcesOf(spec, l), replicate)).ToArray();
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
        double from = Clock.YearAt(k - 1);

        var sources = _sources.ToDictionary(s => s.Parameters.Name, s => s.Advance(from, Clock.StepYears), StringComparer.Ordinal);
        var clusters = _clusters.ToDictionary(c => c.Spec.Name, c => c.Advance(from, Clock), StringComparer.Ordinal);

        var contexts = _labs.Select(l => WorldLayout.ContextFor(l.Spec, k, Clock, clusters, sources)).ToArray();
        var plans = _labs.Select((l, i) => l.Plan(contexts[i])).ToArray();
        var requests = WorldLayout.RequestsBySource(plans);
        var grants = _sources.Where(s => s.Parameters.Rivalry == Rivalry.Exclusive).ToDictionary(
            s => s.Parameters.Name,
            s => s.Allocate(Clock.YearAt(k), requests.TryGetValue(s.Parameters.Name, out var r) ? r : new Dictionary<string, double>()),
            StringComparer.Ordinal);

        var rows = _labs.Select((l, i) => l.Execute(contexts[i], WorldLayout.GrantsFor(l.Spec.Name, grants))).ToArray();
        var sourceRows = _sources.Select(s => s.Row(_replicate, k, Clock.YearAt(k))).ToArray();
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
