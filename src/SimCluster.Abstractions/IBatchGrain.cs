using SimCluster.Model.Sweeps;

namespace SimCluster.Abstractions;

/// <summary>
/// One batch of a sweep (key: sweep id/batch number) and its partial aggregate: the outcomes of its replicates, kept
/// in grain storage. Running a batch that is already done returns at once, so a re-run can never count twice.
/// </summary>
[Alias("SimCluster.IBatchGrain")]
public interface IBatchGrain : IGrainWithStringKey
{
    /// <summary>Runs the batch's replicates unless already done; returns how many it holds.</summary>
    [Alias("Run")]
    Task<int> Run(BatchWork work);

    /// <summary>The batch's outcomes, in replicate order.</summary>
    [Alias("GetOutcomes")]
    Task<IReadOnlyList<ReplicateOutcome>> GetOutcomes();
}
