namespace SimCluster.Silo;

/// <summary>
/// Counts grain calls into SimCluster grains on this silo (an incoming call filter), so benchmarks can report grain
/// calls per lab-step as measured rather than as designed. Orleans' own system grains are not counted.
/// </summary>
public sealed class GrainCallCounter : IIncomingGrainCallFilter
{
    private long _calls;

    /// <summary>SimCluster grain calls received so far.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <inheritdoc />
    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.DeclaringType?.Namespace?.StartsWith("SimCluster", StringComparison.Ordinal) == true)
            Interlocked.Increment(ref _calls);
        return context.Invoke();
    }
}
