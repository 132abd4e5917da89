using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

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
    public static IReadOnlyList<CalibrationPoint> Parse(TextReader text, string sourceName)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, DetectColumnCountChanges = true };
        using var csv = new CsvReader(text, config);
        if (!csv.Read() || !csv.ReadHeader())
            throw new CalibrationDataException($"{sourceName}: empty file; expected a header with columns {string.Join(", ", Columns)}");
        var header = csv.HeaderRecord ?? [];
        var missing = Columns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToArray();
        if (missing.Length > 0)
            throw new CalibrationDataException($"{sourceName}: line 1: missing column(s) {string.Join(", ", missing)}; expected {string.Join(", ", Columns)}");

        var points = new List<CalibrationPoint>();
        try
        {
            while (csv.Read())
            {
                int line = csv.Parser.RawRow;
                string model = csv.GetField("model") ?? "";
                if (model.Length == 0) throw new CalibrationDataException($"{sourceName}: line {line}: field 'model' is empty");
                double gpqa = Required(csv, "gpqa", sourceName, line, 0, 100);
                points.Add(new CalibrationPoint(
                    model, gpqa,
                    Optional(csv, "train_flop", sourceName, line),
                    Optional(csv, "params", sourceName, line),
                    Optional(csv, "tokens", sourceName, line),
                    Optional(csv, "rl_flop", sourceName, line),
                    Required(csv, "release_year", sourceName, line, 1950, 2200),
                    Bool(csv, "rl_heavy", sourceName, line),
                    csv.GetField("source") ?? "",
                    line));
            }
        }
        catch (CsvHelperException e)
        {
            throw new CalibrationDataException($"{sourceName}: line {csv.Parser.RawRow}: malformed CSV ({e.GetType().Name})");
        }
        if (points.Count == 0) throw new CalibrationDataException($"{sourceName}: no data rows");
        return points;
    }

    private static double Required(CsvReader csv, string field, string source, int line, double min, double max)
    {
        string text = csv.GetField(field) ?? "";
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !(v >= min && v <= max))
            throw new CalibrationDataException($"{source}: line {line}: field '{field}' must be a number in [{min}, {max}]; got '{text}'");
        return v;
    }

    private static double? Optional(CsvReader csv, string field, string source, int line)
    {
        string text = csv.GetField(field) ?? "";
        if (text.Length == 0) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !(v > 0) || double.IsInfinity(v))
            throw new CalibrationDataException($"{source}: line {line}: field '{field}' must be empty or a finite number > 0; got '{text}'");
        return v;
    }

    private static bool Bool(CsvReader csv, string field, string source, int line)
    {
        string text = csv.GetField(field) ?? "";
        return text.ToLowerInvariant() switch
        {
            "true" or "yes" or "1" => true,
            "false" or "no" or "0" or "" => false,
            _ => throw new CalibrationDataException($"{source}: line {line}: field '{field}' must be true or false; got '{text}'"),
        };
    }
}
