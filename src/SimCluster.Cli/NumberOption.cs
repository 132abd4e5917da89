using System.CommandLine;
using System.Globalization;

namespace SimCluster.Cli;

/// <summary>
/// A numeric option read as text and checked here, so that every bad value (not a number, NaN, infinity,
/// out of range) gets the same one-line message naming the option and its allowed range.
/// </summary>
public sealed class NumberOption
{
    private readonly Func<double, bool> _allowed;

    /// <summary>Creates an option whose values must satisfy <paramref name="allowed"/>, described by <paramref name="range"/>.</summary>
    public NumberOption(string name, string description, string range, Func<double, bool> allowed, double? defaultValue = null)
    {
        Name = name;
        Range = range;
        Default = defaultValue;
        _allowed = allowed;
        string suffix = defaultValue is { } d ? $" [default: {d.ToString("G", CultureInfo.InvariantCulture)}]" : "";
        Option = new Option<string?>(name) { Description = $"{description}; {range}{suffix}", HelpName = "number" };
    }

    /// <summary>Option name, e.g. "--mfu".</summary>
    public string Name { get; }

    /// <summary>The allowed range in words, e.g. "a number in (0, 1]".</summary>
    public string Range { get; }

    /// <summary>Value used when the option is absent.</summary>
    public double? Default { get; }

    /// <summary>The underlying System.CommandLine option.</summary>
    public Option<string?> Option { get; }

    /// <summary>A number &gt; 0 and finite.</summary>
    public static Func<double, bool> Positive { get; } = v => v > 0 && double.IsFinite(v);

    /// <summary>Whether the user gave the option.</summary>
    public bool IsGiven(ParseResult result) => result.GetResult(Option) is { Implicit: false };

    /// <summary>The value, the default when absent, or a <see cref="UsageException"/>.</summary>
    public double Get(ParseResult result) =>
        Find(result) ?? Default ?? throw new UsageException($"{Name} is required: {Range}");

    /// <summary>The value, or null when absent.</summary>
    public double? Find(ParseResult result)
    {
        string? text = result.GetValue(Option);
        if (text is null) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !_allowed(v))
            throw new UsageException($"{Name} must be {Range}; got '{text}'");
        return v;
    }
}
