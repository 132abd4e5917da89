using SimCluster.Abstractions;

namespace SimCluster.Silo;

/// <summary>
/// Counts grain calls into SimCluster grains on this silo (an incoming call filter), so benchmarks can report grain
/// calls per lab-step as measured rather than as designed. Orleans' own system grains are not counted. Each call is
/// also counted in the <c>simcluster.grain_calls</c> metric, tagged with the grain interface.
/// </summary>
public sealed class GrainCallCounter : IIncomingGrainCallFilter
{
    private long _calls;

    /// <summary>SimCluster grain calls received so far.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <inheritdoc />
    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.DeclaringType is { Namespace: { } ns } grain && ns.StartsWith("SimCluster", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _calls);
            SimClusterTelemetry.GrainCalls.Add(1, new KeyValuePair<string, object?>(SimClusterTelemetry.GrainTag, grain.Name));
        }
        return context.Invoke();
    }
}
