using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace SimCluster.Model.Calibration;

/// <summary>
/// Parses the frontier calibration table (Epoch AI's ECI table and Benchmarking Hub runs, one row per released model)
/// from CSV text. Only the columns the readout fit needs are read: model, release_year, eci, reasoning, gpqa_diamond.
/// Pure: the caller opens the file.
/// </summary>
public static class FrontierCalibrationTable
{
    /// <summary>Columns the parser needs.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["model", "release_year", "eci", "reasoning", "gpqa_diamond"];

    /// <summary>Parses the table; <paramref name="sourceName"/> names the text in errors.</summary>
    public static IReadOnlyList<FrontierModelRow> Parse(TextReader text, string sourceName)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, DetectColumnCountChanges = true };
        using var csv = new CsvReader(text, config);
        if (!csv.Read() || !csv.ReadHeader())
            throw new CalibrationDataException($"{sourceName}: empty file; expected a header with columns {string.Join(", ", Columns)}");
        var header = csv.HeaderRecord ?? [];
        var missing = Columns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToArray();
        if (missing.Length > 0)
            throw new CalibrationDataException($"{sourceName}: line 1: missing column(s) {string.Join(", ", missing)}");

        var rows = new List<FrontierModelRow>();
        try
        {
            while (csv.Read())
            {
                int line = csv.Parser.RawRow;
                string model = csv.GetField("model") ?? "";
                if (model.Length == 0) throw new CalibrationDataException($"{sourceName}: line {line}: field 'model' is empty");
                double year = Optional(csv, "release_year", sourceName, line, 1950, 2200)
                    ?? throw new CalibrationDataException($"{sourceName}: line {line}: field 'release_year' is empty");
                rows.Add(new FrontierModelRow(model, year,
                    Optional(csv, "eci", sourceName, line, 0, 1000),
                    Bool(csv, "reasoning", sourceName, line),
                    Optional(csv, "gpqa_diamond", sourceName, line, 0, 100),
                    line));
            }
        }
        catch (CsvHelperException e)
        {
            throw new CalibrationDataException($"{sourceName}: line {csv.Parser.RawRow}: malformed CSV ({e.GetType().Name})");
        }
        if (rows.Count == 0) throw new CalibrationDataException($"{sourceName}: no data rows");
        return rows;
    }

    private static double? Optional(CsvReader csv, string field, string source, int line, double min, double max)
    {
        string text = csv.GetField(field) ?? "";
        if (text.Length == 0) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !(v >= min && v <= max))
            throw new CalibrationDataException($"{source}: line {line}: field '{field}' must be empty or a number in [{min}, {max}]; got '{text}'");
        return v;
    }

    private static bool Bool(CsvReader csv, string field, string source, int line)
    {
        string text = csv.GetField(field) ?? "";
        return text.ToLowerInvariant() switch
        {
            "true" => true,
            "false" or "" => false,
            _ => throw new CalibrationDataException($"{source}: line {line}: field '{field}' must be true or false; got '{text}'"),
        };
    }
}
