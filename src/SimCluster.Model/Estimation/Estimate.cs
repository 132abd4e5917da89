namespace SimCluster.Model.Estimation;

/// <summary>What a model of a given size costs and scores (the seed documents' calculator).</summary>
/// <param name="Loss">Pretraining loss, nats/token.</param>
/// <param name="Eci">Base-model capability K_pre on the ECI scale.</param>
/// <param name="Gpqa">Base-model GPQA, percent.</param>
/// <param name="Flop">Training FLOP: 6·N·D.</param>
/// <param name="Params">Parameters N.</param>
/// <param name="Tokens">Training tokens D.</param>
/// <param name="Days">Wall-clock training days on the given fleet.</param>
/// <param name="EnergyKwh">Training energy in kWh.</param>
public sealed record Estimate(double Loss, double Eci, double Gpqa, double Flop, double Params, double Tokens, double Days, double EnergyKwh);
