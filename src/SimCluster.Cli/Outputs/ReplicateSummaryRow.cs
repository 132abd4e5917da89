using SimCluster.Model.Sweeps;

namespace SimCluster.Cli.Outputs;

/// <summary>One row of replicates.csv: a lab in one replicate (its drawn parameters are in replicate_parameters.csv).</summary>
public sealed record ReplicateSummaryRow(
    long Replicate, string Lab, double? ExhaustionYear, double? CrossoverYear, double? FirstYearGpqa70, double? FirstYearGpqa80,
    double? FirstYearGpqa90, double? EnergyKwhToGpqa80, double? FirstYearEci175, double? CapabilityEci2040, double FinalCapabilityEci,
    double FinalLoss, double FinalGpqa, double FinalEnergyKwh, double FinalCostUsd)
{
    /// <summary>Rows of every lab in <paramref name="o"/>.</summary>
    public static IEnumerable<ReplicateSummaryRow> From(ReplicateRecord o) => o.Labs.Select(l => new ReplicateSummaryRow(
        o.Replicate, l.Lab, l.ExhaustionYear, l.CrossoverYear, l.At(70).Year, l.At(80).Year, l.At(90).Year, l.At(80).EnergyKwhCumulative,
        l.Reached("ECI 175").Year, l.CapabilityEci2040, l.FinalCapabilityEci, l.FinalLoss, l.FinalGpqa, l.FinalEnergyKwh, l.FinalCostUsd));
}
