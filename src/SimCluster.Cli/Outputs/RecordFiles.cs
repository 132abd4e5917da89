using SimCluster.Abstractions;
using SimCluster.Model.Sweeps;

namespace SimCluster.Cli.Outputs;

/// <summary>A Monte Carlo sweep's per-replicate files, replicates.csv and replicate_parameters.csv, appended batch by
/// batch as the records arrive (in replicate order), so the client's memory does not grow with the sweep.</summary>
public sealed class RecordFiles(OutputDirectory dir, SweepRequest request) : IDisposable
{
    private readonly CsvRows<ReplicateSummaryRow> _summaries = new(dir.Stage("replicates.csv"));
    private readonly CsvRows<ParameterDrawRow> _draws = new(dir.Stage("replicate_parameters.csv"));
    private readonly string[] _paths = request.Scenario.Uncertain.Select(u => u.Path).ToArray();

    /// <summary>Appends one batch's records.</summary>
    public void Write(IReadOnlyList<ReplicateRecord> records)
    {
        _summaries.Write(records.SelectMany(ReplicateSummaryRow.From));
        _draws.Write(records.SelectMany(r => r.Values.Select((v, i) => new ParameterDrawRow(r.Replicate, _paths[i], v))));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _summaries.Dispose();
        _draws.Dispose();
    }
}
