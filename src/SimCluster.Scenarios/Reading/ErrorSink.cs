using SimCluster.Model.Scenarios;
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

    /// <summary>The distributions in file order.</summary>
    public IReadOnlyList<UncertainParameter> UncertainInFileOrder() =>
        Uncertain.OrderBy(u => u.At.Line).ThenBy(u => u.At.Column).Select(u => u.Parameter).ToArray();

    public void At(Mark mark, string path, string message) =>
        Errors.Add(new ScenarioError(File, (int)mark.Line, (int)mark.Column, path, message));

    public void At(YamlNode node, string path, string message) => At(node.Start, path, message);
}
