using System.Globalization;
using CsvHelper;

namespace SimCluster.Model.Calibration;

/// <summary>The current row of a calibration table: its fields as text, numbers or flags, checked where read.</summary>
internal sealed class CalibrationCsvRow(CsvReader csv, string sourceName, int line)
{
    /// <summary>The row's line in the source text.</summary>
    public int Line => line;

    /// <summary>A field's text ("" when empty).</summary>
    public string Text(string field) => csv.GetField(field) ?? "";

    /// <summary>A field that must not be empty.</summary>
    public string RequiredText(string field) =>
        Text(field) is { Length: > 0 } text ? text : throw Error($"field '{field}' is empty");

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public double Number(string field, double min, double max) =>
        Parse(field) is { } v && v >= min && v <= max ? v : throw Error($"field '{field}' must be a number in [{min}, {max}]; got '{Text(field)}'");

    /// <summary>Empty (null), or a number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public double? OptionalNumber(string field, double min, double max) =>
        Text(field).Length == 0 ? null
        : Parse(field) is { } v && v >= min && v <= max ? v
        : throw Error($"field '{field}' must be empty or a number in [{min}, {max}]; got '{Text(field)}'");

    /// <summary>An error at this row.</summary>
    public CalibrationDataException Error(string detail) => new($"{sourceName}: line {line}: {detail}");

    private double? Parse(string field) =>
        double.TryParse(Text(field), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : null;
}
