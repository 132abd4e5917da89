using SimCluster.Abstractions;
using SimCluster.Model.World;

namespace SimCluster.Grains;

/// <summary>
/// Collects a run's rows keyed by (name, step), so arrival order never matters and a retried report replaces its
/// twin. Summaries fold each lab's rows in step order (docs/model.md §1: reductions in a fixed order).
/// </summary>
public sealed class AggregatorGrain : Grain, IAggregatorGrain
{
    private static readonly Comparer<(string Name, long Step)> ByNameThenStep = Comparer<(string Name, long Step)>.Create((a, b) =>
    {
        int c = string.CompareOrdinal(a.Name, b.Name);
        return c != 0 ? c : a.Step.CompareTo(b.Step);
    });

    private readonly SortedDictionary<(string Name, long Step), TrajectoryRow> _labs = new(ByNameThenStep);
    private readonly SortedDictionary<(string Name, long Step), SourceRow> _sources = new(ByNameThenStep);
    private RunInfo? _info;

    /// <inheritdoc />
    public Task Initialize(RunInfo info)
    {
        ScenarioChecks.Require(info.Scenario);
        _info = info;
        _labs.Clear();
        _sources.Clear();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task Report(TrajectoryRow row)
    {
        _labs[(row.Lab, row.Step)] = row;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ReportSource(SourceRow row)
    {
        _sources[(row.Source, row.Step)] = row;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<TrajectoryRow> ReadTrajectories()
    {
        foreach (var row in _labs.Values.ToArray()) yield return row;
        await Task.CompletedTask;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<SourceRow> ReadSources()
    {
        foreach (var row in _sources.Values.ToArray()) yield return row;
        await Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<RunSummary> GetSummary()
    {
        var info = _info ?? throw new InvalidOperationException($"aggregator {this.GetPrimaryKeyString()} was not initialised");
        return Task.FromResult(RunSummary.From(info.Scenario, _labs.Values));
    }
}
