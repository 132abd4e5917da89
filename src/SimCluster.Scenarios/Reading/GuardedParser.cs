using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SimCluster.Scenarios.Reading;

/// <summary>
/// YamlDotNet's event parser (a state machine: it never recurses) with two guards, applied event by event before the
/// representation model sees them. Nesting deeper than <see cref="MaxDepth"/> stops the load: building the model
/// recurses once per level, so 40,000 nested brackets would overflow the stack and kill the process. Explicit tags
/// are reported (<see cref="YamlTags"/>) and the load goes on, so every tag in a file is named in one pass.
/// </summary>
internal sealed class GuardedParser(IParser inner, ErrorSink errors) : IParser
{
    /// <summary>Lists and maps inside each other; a scenario needs about six (labs → lab → strategy → shares).</summary>
    public const int MaxDepth = 64;

    private int _depth;

    /// <inheritdoc />
    public ParsingEvent? Current => inner.Current;

    /// <summary>Whether an explicit tag was refused.</summary>
    public bool RefusedTags { get; private set; }

    /// <inheritdoc />
    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        var e = inner.Current!;
        if (e is MappingStart or SequenceStart && ++_depth > MaxDepth) throw new NestingTooDeepException(e.Start);
        if (e is MappingEnd or SequenceEnd) _depth--;
        if (e is NodeEvent node && YamlTags.Refusal(node) is { } problem)
        {
            errors.At(node.Start, "", problem);
            RefusedTags = true;
        }
        return true;
    }
}

/// <summary>Nesting beyond <see cref="GuardedParser.MaxDepth"/>, at the opening that went one level too deep.</summary>
internal sealed class NestingTooDeepException(Mark at) : Exception($"nesting deeper than {GuardedParser.MaxDepth} levels")
{
    public Mark At { get; } = at;
}
