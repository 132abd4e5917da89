namespace SimCluster.Model.Hardware;

/// <summary>GPUs bought in one step: each vintage keeps the FLOP/s and power of its purchase year (docs/model.md §3).</summary>
/// <param name="PurchaseYear">Decimal year of purchase.</param>
/// <param name="Count">Number of GPUs (fractional: a fleet is an aggregate, not an inventory).</param>
/// <param name="PeakFlopsPerGpu">Peak FLOP/s of each GPU.</param>
/// <param name="PowerKwPerGpu">System power of each GPU in kW.</param>
public readonly record struct GpuVintage(double PurchaseYear, double Count, double PeakFlopsPerGpu, double PowerKwPerGpu);
