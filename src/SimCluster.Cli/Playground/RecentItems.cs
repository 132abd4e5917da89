namespace SimCluster.Cli.Playground;

/// <summary>
/// A map that keeps only the <see cref="Capacity"/> entries added last, the oldest going first. The playground holds
/// runs, uploads and sweeps in memory this way, so no stream of requests can exhaust the server. Thread-safe; a value
/// factory runs under the lock, so keep it cheap (hand back a <see cref="Lazy{T}"/> for real work).
/// </summary>
public sealed class RecentItems<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> _items = new(comparer);
    private readonly LinkedList<(TKey Key, TValue Value)> _order = new();
    private readonly Lock _lock = new();

    /// <summary>Entries kept at most.</summary>
    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "must be positive");

    /// <summary>The value at <paramref name="key"/>, added from <paramref name="create"/> when there is none.</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> create)
    {
        lock (_lock)
        {
            if (_items.TryGetValue(key, out var node)) return node.Value.Value;
            var value = create(key);
            _items[key] = _order.AddLast((key, value));
            while (_items.Count > Capacity)
            {
                _items.Remove(_order.First!.Value.Key);
                _order.RemoveFirst();
            }
            return value;
        }
    }

    /// <summary>The value at <paramref name="key"/>, or default when it was never added or has gone.</summary>
    public TValue? Find(TKey key)
    {
        lock (_lock) return _items.TryGetValue(key, out var node) ? node.Value.Value : default;
    }

    /// <summary>Removes <paramref name="key"/> if it still holds <paramref name="value"/> (not a value added since).</summary>
    public void Remove(TKey key, TValue value)
    {
        lock (_lock)
        {
            if (!_items.TryGetValue(key, out var node) || !EqualityComparer<TValue>.Default.Equals(node.Value.Value, value)) return;
            _items.Remove(key);
            _order.Remove(node);
        }
    }
}
