namespace SimCluster.Model.Scenarios;

/// <summary>
/// One thing wrong with a scenario: the field's path (for example <c>labs[1].shares.pretrain</c>) and what is
/// allowed. The file loader turns the path into a file and line.
/// </summary>
public sealed record ScenarioIssue(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
