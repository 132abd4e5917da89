namespace SimCluster.Cli.Playground;

/// <summary>One control on the page (docs/playground-api.md, <c>GET /api/controls</c>).</summary>
public sealed record Control(
    string Key, string Label, string Help, string Unit, string Source, string Kind, string Scale, double? Min, double? Max,
    object? Value, object? Reference, IReadOnlyList<string> Choices, string Allowed);
