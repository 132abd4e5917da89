namespace SimCluster.Cli.Playground;

/// <summary>One quick sweep as the page polls it: where it is, and its view once done.</summary>
public sealed class QuickSweep(string id, long total)
{
    private long _done;

    /// <summary>Its id, in <c>GET /api/sweep/ID</c>.</summary>
    public string Id { get; } = id;

    /// <summary>Runs in all: the Monte Carlo replicates and the tornado's 2P + 1 runs.</summary>
    public long Total { get; } = total;

    /// <summary>Runs done so far.</summary>
    public long Done => Interlocked.Read(ref _done);

    /// <summary>"running", "done" or "failed".</summary>
    public string Phase => Error is not null ? "failed" : Result is not null ? "done" : "running";

    /// <summary>What went wrong, for the page.</summary>
    public string? Error { get; private set; }

    /// <summary>The result, once done.</summary>
    public SweepView? Result { get; private set; }

    /// <summary>Records progress.</summary>
    public void Progress(long done) => Interlocked.Exchange(ref _done, Math.Min(done, Total));

    /// <summary>Marks it done.</summary>
    public void Finish(SweepView result)
    {
        Progress(Total);
        Result = result;
    }

    /// <summary>Marks it failed.</summary>
    public void Fail(string error) => Error = error;
}
