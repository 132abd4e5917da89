using System.CommandLine;
using SimCluster.Silo;

namespace SimCluster.Cli;

/// <summary>
/// --telemetry none|console, on the commands that start a silo or a client: where OpenTelemetry traces and metrics go.
/// "console" is OpenTelemetry's console exporter printing to stderr, so stdout keeps only the results. A bad value is
/// a usage error before anything runs.
/// </summary>
public static class TelemetryOption
{
    /// <summary>The option's name.</summary>
    public const string Name = "--telemetry";

    /// <summary>The values allowed.</summary>
    public const string None = "none", Console = "console";

    /// <summary>Creates the option and adds it to <paramref name="command"/>.</summary>
    public static Option<string> AddTo(Command command)
    {
        var option = new Option<string>(Name)
        {
            Description = $"Export OpenTelemetry traces and metrics: {None}, or {Console} (spans and metrics printed to stderr; stdout keeps the results)",
            HelpName = $"{None}|{Console}",
            DefaultValueFactory = _ => None,
        };
        option.Validators.Add(r =>
        {
            string? text = r.GetValueOrDefault<string>();
            if (Exporter(text) is null) r.AddError($"{Name} must be '{None}' or '{Console}'; got '{text}'");
        });
        command.Options.Add(option);
        return option;
    }

    /// <summary>The setting given, with the console exporter printing to <paramref name="error"/>.</summary>
    public static TelemetrySettings Get(ParseResult result, Option<string> option, TextWriter error) =>
        Exporter(result.GetValue(option)) switch
        {
            TelemetryExporter.Console => TelemetrySettings.Console(error),
            TelemetryExporter.None => TelemetrySettings.None,
            _ => throw new UsageException($"{Name} must be '{None}' or '{Console}'"), // the validator has refused it already
        };

    private static TelemetryExporter? Exporter(string? text) => text?.ToLowerInvariant() switch
    {
        None => TelemetryExporter.None,
        Console => TelemetryExporter.Console,
        _ => null,
    };
}
