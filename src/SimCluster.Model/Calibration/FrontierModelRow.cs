namespace SimCluster.Model.Calibration;

/// <summary>
/// One row of the frontier calibration table: a released model with its Epoch Capabilities Index and, when Epoch ran it,
/// its GPQA Diamond score. Empty cells are null.
/// </summary>
/// <param name="Model">The model's name as Epoch lists it.</param>
/// <param name="ReleaseYear">Release date as a decimal year.</param>
/// <param name="Eci">Epoch Capabilities Index, or null.</param>
/// <param name="Reasoning">Whether the row is a reasoning (thinking) configuration.</param>
/// <param name="GpqaDiamond">GPQA Diamond accuracy in points, or null.</param>
/// <param name="Line">The row's line in the source text, for messages.</param>
public sealed record FrontierModelRow(string Model, double ReleaseYear, double? Eci, bool Reasoning, double? GpqaDiamond, int Line);
