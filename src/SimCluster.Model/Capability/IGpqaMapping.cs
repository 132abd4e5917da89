namespace SimCluster.Model.Capability;

/// <summary>A monotone map from pretraining loss to base-model GPQA (%), with its inverse (docs/model.md §12).</summary>
public interface IGpqaMapping
{
    /// <summary>Lowest score the mapping can give.</summary>
    double Floor { get; }

    /// <summary>Highest score the mapping can give.</summary>
    double Ceiling { get; }

    /// <summary>GPQA (%) of a base model with this loss.</summary>
    double Gpqa(double loss);

    /// <summary>The loss that gives <paramref name="gpqa"/>; requires Floor &lt; gpqa &lt; Ceiling.</summary>
    double LossFor(double gpqa);
}
