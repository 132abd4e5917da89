namespace SimCluster.Model.Data;

/// <summary>Whether one lab's use of a data source keeps others from it (docs/model.md §6).</summary>
public enum Rivalry
{
    /// <summary>Non-rival: every lab can train on all of it; each lab tracks what it has seen.</summary>
    Public,

    /// <summary>Rival: what one lab licenses, others cannot.</summary>
    Exclusive,
}
