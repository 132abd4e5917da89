using SimCluster.Model.Data;

namespace SimCluster.Model.World;

/// <summary>
/// One lab's view of human data (docs/model.md §6): per source, the effective tokens it can reach (a public source's whole
/// stock, or what it has licensed from an exclusive one) and the tokens it has already trained on. Public data is
/// non-rival, so these "seen" counters are the lab's own. A run's human tokens are drawn from the cheapest sources
/// first (ties by name), so free web text is used before paid capture, and newly seen priced public tokens are paid for.
/// </summary>
public sealed class HumanDataLedger
{
    private readonly string[] _names;
    private readonly Rivalry[] _rivalry;
    private readonly double[] _available, _seen, _price;
    private readonly int[] _useOrder;

    /// <summary>A ledger over <paramref name="sources"/> with nothing reachable yet.</summary>
    public HumanDataLedger(IEnumerable<DataSourceParameters> sources)
    {
        var s = sources.OrderBy(x => x.Name, StringComparer.Ordinal).ToArray();
        _names = s.Select(x => x.Name).ToArray();
        _rivalry = s.Select(x => x.Rivalry).ToArray();
        _price = s.Select(x => x.PriceUsdPerToken / x.Quality).ToArray();
        _available = new double[s.Length];
        _seen = new double[s.Length];
        _useOrder = Enumerable.Range(0, s.Length).OrderBy(i => _price[i]).ThenBy(i => _names[i], StringComparer.Ordinal).ToArray();
    }

    /// <summary>Source names in ordinal order.</summary>
    public IReadOnlyList<string> Sources => _names;

    /// <summary>Names of the exclusive sources, in ordinal order.</summary>
    public IEnumerable<string> ExclusiveSources => _names.Where((_, i) => _rivalry[i] == Rivalry.Exclusive);

    /// <summary>Effective human tokens the lab can train on.</summary>
    public double ReachableTokens { get { double t = 0; foreach (var a in _available) t += a; return t; } }

    /// <summary>Tokens the lab has trained on (the largest dataset so far, by source).</summary>
    public double SeenTokens { get { double t = 0; foreach (var a in _seen) t += a; return t; } }

    /// <summary>Reachable tokens the lab has not trained on.</summary>
    public double UnseenTokens { get { double t = 0; for (int i = 0; i < _names.Length; i++) t += Math.Max(0, _available[i] - _seen[i]); return t; } }

    /// <summary>Phase 1 result: a public source's reachable tokens are its whole stock. Seen counters never exceed it
    /// (a source that shrinks takes its tokens with it).</summary>
    public void UpdatePublic(DataSourceSnapshot snapshot)
    {
        int i = Index(snapshot.Name);
        if (_rivalry[i] != Rivalry.Public) return;
        _available[i] = snapshot.EffectiveStockTokens;
        _seen[i] = Math.Min(_seen[i], _available[i]);
    }

    /// <summary>Phase 3: adds tokens licensed from an exclusive source; returns their price.</summary>
    public double AddLicensed(string source, double tokens)
    {
        int i = Index(source);
        _available[i] += tokens;
        return tokens * _price[i];
    }

    /// <summary>
    /// Records a run that trained on <paramref name="humanTokens"/> unique human tokens, drawn cheapest first.
    /// Returns the price of newly seen tokens from priced public sources (exclusive ones were paid when licensed).
    /// </summary>
    public double Consume(double humanTokens)
    {
        double left = humanTokens, cost = 0;
        foreach (int i in _useOrder)
        {
            double take = Math.Min(left, _available[i]);
            left -= take;
            if (take > _seen[i])
            {
                if (_rivalry[i] == Rivalry.Public) cost += (take - _seen[i]) * _price[i];
                _seen[i] = take;
            }
        }
        return cost;
    }

    private int Index(string source)
    {
        int i = Array.IndexOf(_names, source);
        return i >= 0 ? i : throw new ArgumentException($"'{source}' is not one of this lab's sources", nameof(source));
    }
}
