namespace SimCluster.Cli.Playground;

/// <summary>A request the playground cannot serve because of what it asked for; becomes a 4xx answer listing the errors.</summary>
public sealed class PlaygroundException(IReadOnlyList<ApiError> errors, int status = 400)
    : Exception(string.Join("; ", errors.Select(e => e.Text)))
{
    /// <summary>The errors, each shown to the user.</summary>
    public IReadOnlyList<ApiError> Errors { get; } = errors;

    /// <summary>The HTTP status: 400, 404 or 413.</summary>
    public int Status { get; } = status;

    /// <summary>One request error.</summary>
    public static PlaygroundException Of(string field, string message, int status = 400) => new([ApiError.Request(field, message)], status);
}
