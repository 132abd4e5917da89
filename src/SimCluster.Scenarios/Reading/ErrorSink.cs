using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SimCluster.Scenarios.Reading;

/// <summary>Collects errors for one file, so a reader can go on and report every problem in one pass.</summary>
internal sealed class ErrorSink(string file)
{
    public string File { get; } = file;

    public List<ScenarioError> Errors { get; } = [];

    public bool Any => Errors.Count > 0;

    public void At(Mark mark, string path, string message) =>
        Errors.Add(new ScenarioError(File, (int)mark.Line, (int)mark.Column, path, message));

    public void At(YamlNode node, string path, string message) => At(node.Start, path, message);
}
