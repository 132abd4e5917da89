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
    public static IReadOnlyList<FrontierModel> Parse(TextReader text, string sourceName) =>
        CalibrationCsv.Parse(text, sourceName, Columns, row => new FrontierModel(
            row.RequiredText("model"),
            row.Text("developer"),
            row.Number("release_year", 1950, 2200),
            // ECI has no natural bounds; the range only catches typos (Epoch's table spans about 60-160).
            row.Number("eci", -1000, 1000),
            row.OptionalNumber("train_flop", 1, 1e40),
            Confidence(row),
            Reasoning(row),
            row.OptionalNumber("gpqa_diamond", 0, 100),
            row.Text("source"),
            row.Line));

    private static FlopConfidence Confidence(CalibrationCsvRow row)
    {
        string text = row.Text("flop_confidence");
        return text.ToLowerInvariant() switch
        {
            "" => FlopConfidence.Unknown,
            "speculative" => FlopConfidence.Speculative,
            "likely" => FlopConfidence.Likely,
            "confident" => FlopConfidence.Confident,
            _ => throw row.Error($"field 'flop_confidence' must be empty, Confident, Likely or Speculative; got '{text}'"),
        };
    }

    private static bool Reasoning(CalibrationCsvRow row)
    {
        string text = row.Text("reasoning");
        return text.ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => throw row.Error($"field 'reasoning' must be true or false; got '{text}'"),
        };
    }
}
