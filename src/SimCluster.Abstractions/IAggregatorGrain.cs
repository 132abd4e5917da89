using SimCluster.Model.World;

namespace SimCluster.Abstractions;

/// <summary>
/// Collects a run's rows (key: run id), keeps its trajectories and summaries, and streams rows out in lab then
/// step order. A row reported twice (a retried call) replaces the first, so retries cannot duplicate rows.
/// </summary>
[Alias("SimCluster.IAggregatorGrain")]
public interface IAggregatorGrain : IGrainWithStringKey
{
    /// <summary>Starts collecting a run.</summary>
    [Alias("Initialize")]
    Task Initialize(RunInfo info);

    /// <summary>A lab's row for one step.</summary>
    [Alias("Report")]
    Task Report(TrajectoryRow row);

    /// <summary>A data source's row for one step.</summary>
    [Alias("ReportSource")]
    Task ReportSource(SourceRow row);

    /// <summary>Lab rows, sorted by lab then step.</summary>
    [Alias("ReadTrajectories")]
    IAsyncEnumerable<TrajectoryRow> ReadTrajectories();

    /// <summary>Source rows, sorted by source then step.</summary>
    [Alias("ReadSources")]
    IAsyncEnumerable<SourceRow> ReadSources();

    /// <summary>Per-lab summaries of the rows so far.</summary>
    [Alias("GetSummary")]
    Task<RunSummary> GetSummary();
}
