namespace SimCluster.Model.Synthetic;

/// <summary>How synthetic data enters successive generations (docs/model.md §9).</summary>
public enum SyntheticMode
{
    /// <summary>Each generation keeps all real and synthetic data: the penalty is bounded (Gerstgrasser et al. 2024).</summary>
    Accumulate,

    /// <summary>Each generation trains on the previous one's output: the penalty grows linearly in n (Dohmatob et al. 2024).</summary>
    Replace,
}
