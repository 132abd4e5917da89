using SimCluster.Abstractions;
using SimCluster.Model.Sweeps;

namespace SimCluster.Grains;

/// <summary>
/// A sweep's stored state: the request, where it is, and what its merged batches added, with which batches those are,
/// written together so a batch is merged exactly once: after a failure the grain resumes from a state in which the
/// merged batches and their counts agree. Small whatever the sweep's size (a bit per batch, and milestone counts that
/// grow with distinct years, not replicates); the bands are added once, at the end.
/// </summary>
[GenerateSerializer, Alias("SimCluster.SweepState")]
public sealed class SweepState
{
    /// <summary>The sweep; null before Start.</summary>
    [Id(0)]
    public SweepRequest? Request { get; set; }

    /// <summary>Running, completed or failed.</summary>
    [Id(1)]
    public SweepPhase Phase { get; set; }

    /// <summary>Why it failed.</summary>
    [Id(2)]
    public string? Failure { get; set; }

    /// <summary>The failure is the scenario's fault.</summary>
    [Id(3)]
    public bool UserError { get; set; }

    /// <summary>Merged batches, a bit each.</summary>
    [Id(4)]
    public ulong[] Merged { get; set; } = [];

    /// <summary>Milestone counts of the merged batches.</summary>
    [Id(5)]
    public MilestoneCounts? Milestones { get; set; }

    /// <summary>The bands of a completed Monte Carlo sweep.</summary>
    [Id(6)]
    public List<BandRow>? Bands { get; set; }

    /// <summary>Batch calls that failed for a transient reason and were retried.</summary>
    [Id(7)]
    public int Retries { get; set; }

    /// <summary>Whether batch <paramref name="b"/> is merged.</summary>
    public bool IsMerged(int b) => (Merged[b >> 6] & (1UL << (b & 63))) != 0;

    /// <summary>Marks batch <paramref name="b"/> merged.</summary>
    public void SetMerged(int b) => Merged[b >> 6] |= 1UL << (b & 63);

    /// <summary>How many batches are merged.</summary>
    public int MergedCount => Merged.Sum(w => System.Numerics.BitOperations.PopCount(w));

    /// <summary>How many leading batches (0, 1, …) are merged: a client writes records in batch order up to here.</summary>
    public int MergedPrefix(int batches)
    {
        int b = 0;
        while (b < batches && IsMerged(b)) b++;
        return b;
    }
}
