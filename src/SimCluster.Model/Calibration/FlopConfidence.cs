namespace SimCluster.Model.Calibration;

/// <summary>Epoch AI's confidence in a model's training-compute estimate (its ECI table's column).</summary>
public enum FlopConfidence
{
    /// <summary>No level given (usually: no compute estimate).</summary>
    Unknown,
    /// <summary>Epoch's "Speculative".</summary>
    Speculative,
    /// <summary>Epoch's "Likely".</summary>
    Likely,
    /// <summary>Epoch's "Confident".</summary>
    Confident,
}
