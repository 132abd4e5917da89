using SimCluster.Model.World;

namespace SimCluster.Cli.Outputs;

/// <summary>One lab of one scenario in `compare` (a row of compare.csv and compare.json): its capability K at 2030,
/// 2040 and 2064, final K and C_eq, when it reached ECI 150/175/200; when it hit the data wall, the years of progress
/// that cost it and its final K without the wall (<see cref="DataWallResult"/>), when it reached
/// GPQA 70/80/90 and at what cumulative energy, and where it ended.</summary>
public sealed record ComparisonRow(
    string Scenario, string Lab, string Strategy,
    double? CapabilityEci2030, double? CapabilityEci2040, double? CapabilityEci2064, double FinalCapabilityEci, double FinalChinchillaEquivalentFlop,
    double? FirstYearEci150, double? FirstYearEci175, double? FirstYearEci200,
    double? ExhaustionYear, double? DataWallYearsLost, double? CapabilityEciWithoutDataWall, double? CrossoverYear,
    double? FirstYearGpqa70, double? EnergyKwhToGpqa70, double? FirstYearGpqa80, double? EnergyKwhToGpqa80,
    double? FirstYearGpqa90, double? EnergyKwhToGpqa90,
    double FinalYear, double FinalLoss, double FinalGpqa, double FinalEnergyKwh, double FinalCostUsd)
{
    /// <summary>The row of <paramref name="lab"/> in <paramref name="scenario"/>, with its <paramref name="dataWall"/> result if measured.</summary>
    public static ComparisonRow From(string scenario, LabSummary lab, DataWallResult? dataWall) => new(
        scenario, lab.Lab, lab.Strategy,
        lab.CapabilityEci2030, lab.CapabilityEci2040, lab.CapabilityEci2064, lab.FinalCapabilityEci, lab.FinalChinchillaEquivalentFlop,
        lab.Reached("ECI 150").Year, lab.Reached("ECI 175").Year, lab.Reached("ECI 200").Year,
        lab.ExhaustionYear, dataWall?.YearsLost, dataWall?.CapabilityEciWithoutDataWall, lab.CrossoverYear,
        lab.At(70).Year, lab.At(70).EnergyKwhCumulative, lab.At(80).Year, lab.At(80).EnergyKwhCumulative,
        lab.At(90).Year, lab.At(90).EnergyKwhCumulative,
        lab.FinalYear, lab.FinalLoss, lab.FinalGpqa, lab.FinalEnergyKwh, lab.FinalCostUsd);
}
