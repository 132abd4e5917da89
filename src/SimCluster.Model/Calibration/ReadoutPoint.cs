namespace SimCluster.Model.Calibration;

/// <summary>One model's capability and its measured score on one benchmark: an observation for a readout fit.</summary>
public sealed record ReadoutPoint(string Model, double Eci, double Score);
