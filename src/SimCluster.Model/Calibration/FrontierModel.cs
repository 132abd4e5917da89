namespace SimCluster.Model.Calibration;

/// <summary>One row of the frontier calibration table (<see cref="FrontierCalibrationTable"/>).</summary>
/// <param name="Model">Model name as in Epoch AI's table.</param>
/// <param name="Developer">Developer.</param>
/// <param name="ReleaseYear">Release date as a decimal year.</param>
/// <param name="Eci">Epoch Capabilities Index.</param>
/// <param name="TrainFlop">Training compute in FLOP; null when unknown.</param>
/// <param name="FlopConfidence">Epoch's confidence in <paramref name="TrainFlop"/>.</param>
/// <param name="Reasoning">Whether the model is a reasoning (RL-heavy, long chain-of-thought) model.</param>
/// <param name="GpqaDiamond">GPQA Diamond in percent from Epoch's runs; null when not run.</param>
/// <param name="Source">Where the row's numbers come from.</param>
/// <param name="Line">Line in the file, for messages.</param>
public sealed record FrontierModel(
    string Model, string Developer, double ReleaseYear, double Eci, double? TrainFlop, FlopConfidence FlopConfidence,
    bool Reasoning, double? GpqaDiamond, string Source, int Line);
