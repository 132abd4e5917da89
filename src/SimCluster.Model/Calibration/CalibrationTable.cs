using System.Globalization;

namespace SimCluster.Model.Calibration;

/// <summary>
/// Reads the GPQA calibration table (docs/model.md §13) from CSV text. Columns: model, gpqa, train_flop, params,
/// tokens, rl_flop, release_year, rl_heavy, source; empty numeric cells mean "unknown".
/// </summary>
public static class CalibrationTable
{
    /// <summary>Columns every table must have.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["model", "gpqa", "train_flop", "params", "tokens", "rl_flop", "release_year", "rl_heavy", "source"];

    /// <summary>Parses a table; <paramref name="sourceName"/> names the file in errors.</summary>
    public static IReadOnlyList<CalibrationPoint> Parse(TextReader text, string sourceName) =>
        CalibrationCsv.Parse(text, sourceName, Columns, row => new CalibrationPoint(
            row.RequiredText("model"),
            row.Number("gpqa", 0, 100),
            Optional(row, "train_flop"),
            Optional(row, "params"),
            Optional(row, "tokens"),
            Optional(row, "rl_flop"),
            row.Number("release_year", 1950, 2200),
            Bool(row, "rl_heavy"),
            row.Text("source"),
            row.Line));

    // Compute, sizes and tokens: a positive finite number when known.
    private static double? Optional(CalibrationCsvRow row, string field)
    {
        string text = row.Text(field);
        if (text.Length == 0) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !(v > 0) || double.IsInfinity(v))
            throw row.Error($"field '{field}' must be empty or a finite number > 0; got '{text}'");
        return v;
    }

    private static bool Bool(CalibrationCsvRow row, string field)
    {
        string text = row.Text(field);
        return text.ToLowerInvariant() switch
        {
            "true" or "yes" or "1" => true,
            "false" or "no" or "0" or "" => false,
            _ => throw row.Error($"field '{field}' must be true or false; got '{text}'"),
        };
    }
}
