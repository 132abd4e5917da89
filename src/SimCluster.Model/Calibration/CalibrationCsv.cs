using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace SimCluster.Model.Calibration;

/// <summary>
/// The reading both calibration tables share: a header that must name every column, one record per data row, and
/// every problem as a <see cref="CalibrationDataException"/> naming the source, the line and the field. Each table
/// says what a row holds (<see cref="CalibrationCsvRow"/>); reading the file is the caller's job.
/// </summary>
internal static class CalibrationCsv
{
    /// <summary>Reads every data row of <paramref name="text"/> through <paramref name="row"/>.</summary>
    public static IReadOnlyList<T> Parse<T>(TextReader text, string sourceName, IReadOnlyList<string> columns, Func<CalibrationCsvRow, T> row)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, DetectColumnCountChanges = true };
        using var csv = new CsvReader(text, config);
        if (!csv.Read() || !csv.ReadHeader())
            throw new CalibrationDataException($"{sourceName}: empty file; expected a header with columns {string.Join(", ", columns)}");
        var header = csv.HeaderRecord ?? [];
        var missing = columns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToArray();
        if (missing.Length > 0)
            throw new CalibrationDataException($"{sourceName}: line 1: missing column(s) {string.Join(", ", missing)}; expected {string.Join(", ", columns)}");

        var rows = new List<T>();
        try
        {
            while (csv.Read()) rows.Add(row(new CalibrationCsvRow(csv, sourceName, csv.Parser.RawRow)));
        }
        catch (CsvHelperException e)
        {
            throw new CalibrationDataException($"{sourceName}: line {csv.Parser.RawRow}: malformed CSV ({e.GetType().Name})");
        }
        if (rows.Count == 0) throw new CalibrationDataException($"{sourceName}: no data rows");
        return rows;
    }
}
