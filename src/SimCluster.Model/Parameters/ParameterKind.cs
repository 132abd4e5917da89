namespace SimCluster.Model.Parameters;

/// <summary>What a parameter's value is.</summary>
public enum ParameterKind
{
    /// <summary>A number (a double), checked against its range; some may be distributions in a sweep.</summary>
    Number,

    /// <summary>A whole number (the seed).</summary>
    Integer,

    /// <summary>Free text or a name.</summary>
    Text,

    /// <summary>One name from a fixed set (a preset, an enumeration).</summary>
    Choice,

    /// <summary>A list of names of other entities (a lab's sources).</summary>
    Names,

    /// <summary>A map of further parameters (<c>budget</c>, <c>hardware</c>).</summary>
    Section,

    /// <summary>A list of entities addressed by name (<c>sources</c>, <c>clusters</c>, <c>labs</c>).</summary>
    Entities,
}
