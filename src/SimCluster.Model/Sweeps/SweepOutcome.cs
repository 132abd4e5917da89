using System.Globalization;

namespace SimCluster.Model.Sweeps;

/// <summary>
/// A number read off one lab in one replicate, for sensitivity analysis: <c>METRIC@YEAR</c> (any band metric at the
/// end of a year, e.g. <c>gpqa@2035</c>), <c>exhaustion_year</c>, <c>first_year_gpqa70|80|90</c>,
/// <c>energy_kwh_to_gpqa70|80|90</c> (named like the summary column it reads), <c>first_year_</c> and a capability
/// milestone's key (<c>first_year_eci175</c>), <c>final_capability_eci</c>, <c>final_gpqa</c>, <c>final_loss</c>.
/// A milestone never reached reads as NaN. The earlier spelling <c>energy_to_gpqa70|80|90</c> is still accepted,
/// under the new name.
/// </summary>
public sealed record SweepOutcome(string Name, string Unit, Func<ReplicateOutcome, int, double> Read)
{
    /// <summary>The outcome names accepted, for help and errors.</summary>
    public static string Syntax { get; } =
        $"METRIC@YEAR (e.g. gpqa@2035; metrics: {string.Join(", ", BandMetric.All.Select(m => m.Name))}), exhaustion_year, " +
        $"first_year_gpqa{Levels}, energy_kwh_to_gpqa{Levels}, first_year_{{{string.Join("|", Readouts.MilestoneTable.Default.Unsaturating.Select(m => m.Key))}}}, " +
        "final_capability_eci, final_gpqa, final_loss";

    private static string Levels => string.Join("|", World.LabSummary.MilestoneLevels.Select(g => g.ToString("0", CultureInfo.InvariantCulture)));

    /// <summary>Parses <paramref name="text"/>; null with a message naming what is allowed when it is not an outcome.</summary>
    public static SweepOutcome? Parse(string text, SweepLayout layout, out string? error)
    {
        error = null;
        string t = text.Trim();
        int at = t.IndexOf('@');
        if (at > 0)
        {
            var metric = BandMetric.Find(t[..at]);
            int m = metric is null ? -1 : layout.Metrics.ToList().IndexOf(metric);
            if (m < 0 || !int.TryParse(t[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int year))
            {
                error = $"'{text}' is not an outcome; use {Syntax}";
                return null;
            }
            int y = layout.Years.ToList().IndexOf(year);
            if (y < 0)
            {
                error = $"'{text}': year {year} is outside the run; years with values: {layout.Years.FirstOrDefault()}-{layout.Years.LastOrDefault()}";
                return null;
            }
            return new(t, metric!.Unit, (o, lab) => o.BandValues[layout.Index(lab, m, y)]);
        }
        foreach (double g in World.LabSummary.MilestoneLevels)
        {
            if (t == $"first_year_gpqa{g:0}") return new(t, "year", (o, lab) => o.Labs[lab].At(g).Year ?? double.NaN);
            if (t == $"energy_kwh_to_gpqa{g:0}" || t == $"energy_to_gpqa{g:0}")
                return new($"energy_kwh_to_gpqa{g:0}", "kWh", (o, lab) => o.Labs[lab].At(g).EnergyKwhCumulative ?? double.NaN);
        }
        foreach (var m in Readouts.MilestoneTable.Default.Unsaturating)
            if (t == $"first_year_{m.Key}") return new(t, "year", (o, lab) => o.Labs[lab].Reached(m.Name).Year ?? double.NaN);
        switch (t)
        {
            case "final_capability_eci": return new(t, "ECI", (o, lab) => o.Labs[lab].FinalCapabilityEci);
            case "exhaustion_year": return new(t, "year", (o, lab) => o.Labs[lab].ExhaustionYear ?? double.NaN);
            case "final_gpqa": return new(t, "%", (o, lab) => o.Labs[lab].FinalGpqa);
            case "final_loss": return new(t, "nats/token", (o, lab) => o.Labs[lab].FinalLoss);
        }
        error = $"'{text}' is not an outcome; use {Syntax}";
        return null;
    }
}
