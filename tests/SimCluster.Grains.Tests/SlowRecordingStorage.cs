using System.Collections.Concurrent;
using Orleans.Storage;

namespace SimCluster.Grains.Tests;

/// <summary>
/// Grain storage whose writes take <see cref="WriteDelay"/>, so a grain's background write is still under way when
/// the next call arrives. It keeps the records that exist (by grain id and an etag), not their contents: for tests
/// about what a grain leaves behind, not for grains that reactivate from storage.
/// </summary>
internal sealed class SlowRecordingStorage : IGrainStorage
{
    private readonly ConcurrentDictionary<GrainId, string> _records = new();
    private int _inFlight;
    private int _writes;

    public static readonly SlowRecordingStorage Instance = new();

    public static TimeSpan WriteDelay { get; } = TimeSpan.FromMilliseconds(150);

    /// <summary>The grains of type <paramref name="prefix"/> (e.g. "sweep") that have a record.</summary>
    public IReadOnlyList<GrainId> Records(string prefix) => [.. _records.Keys.Where(g => g.Type.ToString()!.StartsWith(prefix, StringComparison.Ordinal))];

    public string AllRecords => string.Join(", ", _records.Keys);

    /// <summary>Writes and clears under way.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Writes finished.</summary>
    public int Writes => Volatile.Read(ref _writes);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        grainState.RecordExists = _records.TryGetValue(grainId, out var etag);
        grainState.ETag = etag;
        return Task.CompletedTask;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            await Task.Delay(WriteDelay);
            string etag = Guid.NewGuid().ToString("N");
            _records[grainId] = etag;
            grainState.ETag = etag;
            grainState.RecordExists = true;
            Interlocked.Increment(ref _writes);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        _records.TryRemove(grainId, out _);
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }
}
