using SimCluster.Scenarios;

namespace SimCluster.Cli.Playground;

/// <summary>One problem with a request, as the pages show it: where (file or --set key, line, column, field), what,
/// and the whole line as the command line prints it.</summary>
public sealed record ApiError(string File, int Line, int Column, string Field, string Message, string Text)
{
    /// <summary>A scenario file's or override's error.</summary>
    public static ApiError Of(ScenarioError e) => new(e.File, e.Line, e.Column, e.FieldPath, e.Message, e.ToString());

    /// <summary>A problem with the request itself (a query parameter, the upload's size).</summary>
    public static ApiError Request(string field, string message) => new("", 0, 0, field, message, $"{field}: {message}");
}
