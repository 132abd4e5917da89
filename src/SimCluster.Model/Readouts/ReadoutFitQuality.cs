namespace SimCluster.Model.Readouts;

/// <summary>How well a readout's published fit matched its data: the runs it was fitted on and its RMSE in points.</summary>
/// <param name="Readout">The readout.</param>
/// <param name="SampleSize">n, Benchmarking Hub runs in the fit.</param>
/// <param name="Rmse">Root-mean-square error of the fit, points.</param>
public sealed record ReadoutFitQuality(LogisticReadout Readout, int SampleSize, double Rmse);
