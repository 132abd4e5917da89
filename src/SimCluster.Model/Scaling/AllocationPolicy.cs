using System.Globalization;

namespace SimCluster.Model.Scaling;

/// <summary>How a lab splits its pretraining compute between parameters and tokens (docs/model.md §7).</summary>
public enum AllocationKind
{
    /// <summary>N_opt, D_opt of the loss law; data is repeated if short.</summary>
    ComputeOptimal,

    /// <summary>Tokens per parameter = k × the compute-optimal ratio (Llama 3 70B is ~10x).</summary>
    Overtrain,

    /// <summary>Compute-optimal while data lasts; then N and epochs minimise loss under the repeated-data law.</summary>
    DataConstrained,
}

/// <summary>An allocation policy: its kind and, for <see cref="AllocationKind.Overtrain"/>, the factor k.</summary>
public sealed record AllocationPolicy(AllocationKind Kind, double OvertrainFactor = 1)
{
    /// <summary>compute-optimal.</summary>
    public static AllocationPolicy ComputeOptimal { get; } = new(AllocationKind.ComputeOptimal);

    /// <summary>data-constrained (the default).</summary>
    public static AllocationPolicy DataConstrained { get; } = new(AllocationKind.DataConstrained);

    /// <summary>overtrain(k), k ≥ 1.</summary>
    public static AllocationPolicy Overtrain(double k) =>
        k >= 1 && double.IsFinite(k) ? new(AllocationKind.Overtrain, k) : throw new ArgumentOutOfRangeException(nameof(k), k, "overtrain factor must be a finite number >= 1");

    /// <summary>Parses "compute-optimal", "data-constrained" or "overtrain(k)"; null when it is none of them.</summary>
    public static AllocationPolicy? TryParse(string text)
    {
        string t = text.Trim().ToLowerInvariant();
        if (t == "compute-optimal") return ComputeOptimal;
        if (t == "data-constrained") return DataConstrained;
        if (t.StartsWith("overtrain(", StringComparison.Ordinal) && t.EndsWith(')') &&
            double.TryParse(t["overtrain(".Length..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out double k) &&
            k >= 1 && double.IsFinite(k))
            return new(AllocationKind.Overtrain, k);
        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        AllocationKind.ComputeOptimal => "compute-optimal",
        AllocationKind.DataConstrained => "data-constrained",
        _ => string.Create(CultureInfo.InvariantCulture, $"overtrain({OvertrainFactor})"),
    };
}
