namespace SimCluster.Model.Randomness;

/// <summary>
/// A distribution on an uncertain scenario parameter, optionally truncated to [Min, Max]. Sampling is by
/// inverse CDF of a counter-based uniform (MathNet's distributions supply the CDFs), so truncation needs no
/// rejection loop and a replicate's value never depends on how many draws came before it.
/// </summary>
public abstract record ParameterDistribution(double? Min, double? Max)
{
    /// <summary>Short name used in scenario files.</summary>
    public abstract string Kind { get; }

    /// <summary>Null when the parameters are valid, else a message naming the bad one and its allowed range.</summary>
    public string? Validate()
    {
        string? own = ValidateOwn();
        if (own is not null) return own;
        if (Min is { } lo && !double.IsFinite(lo)) return $"{Kind}: min must be finite; got {lo}";
        if (Max is { } hi && !double.IsFinite(hi)) return $"{Kind}: max must be finite; got {hi}";
        if (Min is { } a && Max is { } b && !(a < b)) return $"{Kind}: min must be < max; got min {a}, max {b}";
        double mass = Cdf(Max ?? double.PositiveInfinity) - Cdf(Min ?? double.NegativeInfinity);
        return mass > 1e-12 ? null : $"{Kind}: bounds [{Min}, {Max}] leave no probability mass";
    }

    /// <summary>The value for the key (seed, replicate, parameter).</summary>
    public double Sample(ulong seed, long replicate, string parameter) => Quantile(CounterRng.Uniform(seed, replicate, parameter));

    /// <summary>The p-quantile of the (truncated) distribution, p in (0, 1).</summary>
    public double Quantile(double p)
    {
        double lo = Min is { } a ? Cdf(a) : 0;
        double hi = Max is { } b ? Cdf(b) : 1;
        // Keep the probability strictly inside (lo, hi): at p within 1e-16 of an end, lo + p·(hi − lo) can round onto
        // it, and an open tail's inverse CDF there is infinite.
        double u = Math.Clamp(lo + p * (hi - lo), Math.BitIncrement(lo), Math.BitDecrement(hi));
        double x = InverseCdf(u);
        // Guard the ends against round-off in the CDF/inverse pair.
        if (Min is { } mn && x < mn) x = mn;
        if (Max is { } mx && x > mx) x = mx;
        return x;
    }

    /// <summary>Validation of the distribution's own parameters.</summary>
    protected abstract string? ValidateOwn();

    /// <summary>The untruncated CDF.</summary>
    protected abstract double Cdf(double x);

    /// <summary>The untruncated inverse CDF.</summary>
    protected abstract double InverseCdf(double p);

    /// <summary>Finite and strictly positive.</summary>
    protected static bool Positive(double v) => v > 0 && double.IsFinite(v);
}
