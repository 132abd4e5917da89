using SimCluster.Model.Scenarios;

namespace SimCluster.Model.Parameters;

/// <summary>Short forms for the registry's entries, so each parameter reads as one declaration.</summary>
internal static class Define
{
    /// <summary>A number read and set through <paramref name="lens"/>.</summary>
    public static Parameter Number<T>(string key, Lens<T> lens, Func<T, double> get, Func<T, double, T> set, string description, string unit,
        ValueRange? range, string @default, string source, bool variable = true, bool required = false) => new()
    {
        Key = key, Kind = ParameterKind.Number, Description = description, Unit = unit, Range = range, Default = @default, Source = source,
        Variable = variable, Required = required,
        Get = (s, e) => get(lens.Read(s, e)),
        Set = (s, e, v) => lens.Update(s, e, t => set(t, v)),
    };

    /// <summary>A text or choice read through <paramref name="lens"/>.</summary>
    public static Parameter Text<T>(string key, Lens<T> lens, Func<T, string?> get, string description, string @default, bool required = false,
        IReadOnlyList<string>? choices = null) => new()
    {
        Key = key, Kind = choices is null ? ParameterKind.Text : ParameterKind.Choice, Description = description, Default = @default,
        Required = required, Choices = choices ?? [],
        Text = (s, e) => get(lens.Read(s, e)) is { } v ? [v] : null,
    };

    /// <summary>A map of further parameters.</summary>
    public static Parameter Section(string key, string description, string @default = "") => new()
    {
        Key = key, Kind = ParameterKind.Section, Description = description, Default = @default,
    };
}
