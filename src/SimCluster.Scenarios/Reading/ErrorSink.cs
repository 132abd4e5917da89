using SimCluster.Model.Scenarios;
using SimCluster.Scenarios.Overrides;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Scenarios.Reading;

/// <summary>
/// Collects errors for one file, so a reader can go on and report every problem in one pass; and, since it is the
/// one object every reader shares, the distributions the file writes in place of numbers.
/// </summary>
internal sealed class ErrorSink(string file)
{
    public string File { get; } = file;

    public List<ScenarioError> Errors { get; } = [];

    public bool Any => Errors.Count > 0;

    /// <summary>Each distribution read, with where it is written (readers visit keys in their own order, not the file's).</summary>
    public List<(Mark At, UncertainParameter Parameter)> Uncertain { get; } = [];

    /// <summary>Which nodes came from command-line overrides rather than the file.</summary>
    public OverrideOrigins Origins { get; } = new();

    /// <summary>The distributions in file order (an override's at the place of what it replaced).</summary>
    public IReadOnlyList<UncertainParameter> UncertainInFileOrder() =>
        Uncertain.Select(u => (At: Origins.InFileOrder(u.At), u.Parameter)).OrderBy(u => u.At.Line).ThenBy(u => u.At.Column).Select(u => u.Parameter).ToArray();

    /// <summary>An error at <paramref name="mark"/>: in the file, or in the override whose node is there (no line and
    /// column, and no field when it is the key the override names already).</summary>
    public void At(Mark mark, string path, string message) =>
        Errors.Add(Origins.OriginOf(mark) is { } o
            ? new ScenarioError(o.Origin, 0, 0, path == o.Key ? "" : path, message)
            : new ScenarioError(File, (int)mark.Line, (int)mark.Column, path, message));

    public void At(YamlNode node, string path, string message) => At(node.Start, path, message);
}
