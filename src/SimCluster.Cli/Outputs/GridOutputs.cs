using System.Globalization;
using CsvHelper;
using SimCluster.Cli.Runs;
using SimCluster.Model.Sweeps;

namespace SimCluster.Cli.Outputs;

/// <summary>A grid sweep's grid.csv (a row per cell and lab) and its printed table.</summary>
public static class GridOutputs
{
    /// <summary>
    /// grid.csv: the cell, its folder and the value of each grid parameter (a column named by its key), the lab and
    /// its replicates, then for each milestone its P5, median and P95 year and how many replicates never reached it,
    /// and the final GPQA's P5, median and P95. Numbers in round-trip form; a percentile no replicate has is empty.
    /// </summary>
    public static void Stage(OutputDirectory dir, IReadOnlyList<(GridCell Cell, IReadOnlyList<GridLabResult> Labs)> results)
    {
        using var writer = new StreamWriter(dir.Stage("grid.csv"));
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        var keys = results[0].Cell.Values.Select(v => v.Key).ToArray();
        var milestones = MilestoneKind.All.Select(k => k.Name).ToArray();
        string[] header = ["cell", "folder", .. keys, "lab", "replicates",
            .. milestones.SelectMany(m => new[] { $"{m}_p5", $"{m}_median", $"{m}_p95", $"{m}_never" }),
            "final_capability_eci_p5", "final_capability_eci_median", "final_capability_eci_p95", "final_gpqa_p5", "final_gpqa_median", "final_gpqa_p95"];
        foreach (string h in header) csv.WriteField(h);
        csv.NextRecord();
        foreach (var (cell, labs) in results)
            foreach (var lab in labs)
            {
                csv.WriteField(cell.Number);
                csv.WriteField(cell.Folder);
                foreach (var (_, value) in cell.Values) csv.WriteField(value);
                csv.WriteField(lab.Lab);
                csv.WriteField(lab.Replicates);
                foreach (string m in milestones)
                {
                    var (_, years, never) = lab.Milestones.Single(x => x.Name == m);
                    csv.WriteField(Number(years?.P5));
                    csv.WriteField(Number(years?.P50));
                    csv.WriteField(Number(years?.P95));
                    csv.WriteField(never);
                }
                csv.WriteField(Number(lab.FinalCapability?.P5));
                csv.WriteField(Number(lab.FinalCapability?.P50));
                csv.WriteField(Number(lab.FinalCapability?.P95));
                csv.WriteField(Number(lab.FinalGpqa?.P5));
                csv.WriteField(Number(lab.FinalGpqa?.P50));
                csv.WriteField(Number(lab.FinalGpqa?.P95));
                csv.NextRecord();
            }
    }

    /// <summary>Per cell and lab: the median (and P5-P95 range) of the exhaustion year and the final capability K, the median GPQA 90 year.</summary>
    public static string Table(IReadOnlyList<(GridCell Cell, IReadOnlyList<GridLabResult> Labs)> results)
    {
        var keys = results[0].Cell.Values.Select(v => v.Key).ToArray();
        var t = new TextTable(["cell", .. keys, "lab", "runs", "data exhausted (P5 to P95)", "GPQA 90", "final K (P5 to P95)"]);
        foreach (var (cell, labs) in results)
            foreach (var lab in labs)
            {
                Percentiles? Years(string m) => lab.Milestones.Single(x => x.Name == m).Years;
                t.Add([cell.Folder, .. cell.Values.Select(v => v.Value), lab.Lab, lab.Replicates.ToString(CultureInfo.InvariantCulture),
                    Range(Years("exhaustion"), Format.YearMonth), Format.YearMonth(Years("gpqa90")?.P50),
                    Range(lab.FinalCapability, v => v is { } k ? Format.Fixed(k, 1) : "-")]);
            }
        return t.ToString();
    }

    // The range only where it shows: one run, or replicates that all agree to the digits printed, show one value.
    private static string Range(Percentiles? p, Func<double?, string> show) =>
        p is null ? show(null) : show(p.P5) == show(p.P95) ? show(p.P50) : $"{show(p.P50)} ({show(p.P5)} to {show(p.P95)})";

    private static string Number(double? x) => x?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
