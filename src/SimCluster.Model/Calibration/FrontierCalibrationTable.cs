using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace SimCluster.Model.Calibration;

/// <summary>
/// Parses the frontier calibration table (frontier-calibration.csv: Epoch AI's ECI table and Benchmarking Hub runs,
/// repository epoch-research/benchmark-stitching, Nov 2025 snapshot) from CSV text; reading the file is the caller's
/// job. Columns: model, developer, release_year, eci, train_flop, flop_confidence, reasoning, gpqa_diamond, source
/// (quoted, may hold commas); empty train_flop, flop_confidence and gpqa_diamond mean "unknown".
/// </summary>
public static class FrontierCalibrationTable
{
    /// <summary>Columns every table must have.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["model", "developer", "release_year", "eci", "train_flop", "flop_confidence", "reasoning", "gpqa_diamond", "source"];

    /// <summary>Parses a table; <paramref name="sourceName"/> names the file in errors.</summary>
    /// <exception cref="CalibrationDataException">On a missing column or a bad field, naming file, line and field.</exception>
    public static IReadOnlyList<FrontierModel> Parse(TextReader text, string sourceName)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, DetectColumnCountChanges = true };
        using var csv = new CsvReader(text, config);
        if (!csv.Read() || !csv.ReadHeader())
            throw new CalibrationDataException($"{sourceName}: empty file; expected a header with columns {string.Join(", ", Columns)}");
        var header = csv.HeaderRecord ?? [];
        var missing = Columns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToArray();
        if (missing.Length > 0)
            throw new CalibrationDataException($"{sourceName}: line 1: missing column(s) {string.Join(", ", missing)}; expected {string.Join(", ", Columns)}");

        var rows = new List<FrontierModel>();
        try
        {
            while (csv.Read())
            {
                int line = csv.Parser.RawRow;
                string model = csv.GetField("model") ?? "";
                if (model.Length == 0) throw new CalibrationDataException($"{sourceName}: line {line}: field 'model' is empty");
                rows.Add(new FrontierModel(
                    model,
                    csv.GetField("developer") ?? "",
                    Number(csv, "release_year", sourceName, line, 1950, 2200)!.Value,
                    // ECI has no natural bounds; the range only catches typos (Epoch's table spans about 60-160).
                    Number(csv, "eci", sourceName, line, -1000, 1000)!.Value,
                    Number(csv, "train_flop", sourceName, line, 1, 1e40, optional: true),
                    Confidence(csv, sourceName, line),
                    Bool(csv, "reasoning", sourceName, line),
                    Number(csv, "gpqa_diamond", sourceName, line, 0, 100, optional: true),
                    csv.GetField("source") ?? "",
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

    private static double? Number(CsvReader csv, string field, string source, int line, double min, double max, bool optional = false)
    {
        string text = csv.GetField(field) ?? "";
        if (optional && text.Length == 0) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !(v >= min && v <= max))
            throw new CalibrationDataException(
                $"{source}: line {line}: field '{field}' must be {(optional ? "empty or " : "")}a number in [{min}, {max}]; got '{text}'");
        return v;
    }

    private static FlopConfidence Confidence(CsvReader csv, string source, int line)
    {
        string text = csv.GetField("flop_confidence") ?? "";
        return text.ToLowerInvariant() switch
        {
            "" => FlopConfidence.Unknown,
            "speculative" => FlopConfidence.Speculative,
            "likely" => FlopConfidence.Likely,
            "confident" => FlopConfidence.Confident,
            _ => throw new CalibrationDataException($"{source}: line {line}: field 'flop_confidence' must be empty, Confident, Likely or Speculative; got '{text}'"),
        };
    }

    private static bool Bool(CsvReader csv, string field, string source, int line)
    {
        string text = csv.GetField(field) ?? "";
        return text.ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => throw new CalibrationDataException($"{source}: line {line}: field '{field}' must be true or false; got '{text}'"),
        };
    }
}
