namespace SimCluster.Model.Calibration;

/// <summary>A calibration table that cannot be used, with the file, line and field at fault.</summary>
public sealed class CalibrationDataException(string message) : Exception(message);
