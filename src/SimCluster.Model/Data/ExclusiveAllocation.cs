namespace SimCluster.Model.Data;

/// <summary>
/// Pro-rata allocation of a rival source once every lab's request is in (docs/model.md §2, phase 2).
/// Requests are taken in ordinal name order, so the result and its rounding do not depend on the order
/// messages arrived in.
/// </summary>
public static class ExclusiveAllocation
{
    /// <summary>Grants each lab its request if they fit in <paramref name="available"/>; otherwise the same fraction of each.</summary>
    public static IReadOnlyDictionary<string, double> Allocate(IReadOnlyDictionary<string, double> requests, double available)
    {
        if (!(available >= 0)) throw new ArgumentOutOfRangeException(nameof(available), available, "available tokens must be >= 0");
        var names = requests.Keys.Order(StringComparer.Ordinal).ToArray();
        double total = 0;
        foreach (var name in names)
        {
            double r = requests[name];
            if (!(r >= 0) || double.IsInfinity(r)) throw new ArgumentOutOfRangeException(nameof(requests), r, $"request of '{name}' must be finite and >= 0");
            total += r;
        }
        double fraction = total <= available ? 1.0 : available / total;
        var grants = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var name in names) grants[name] = requests[name] * fraction;
        return grants;
    }
}
