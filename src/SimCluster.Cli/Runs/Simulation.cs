using SimCluster.Abstractions;
using SimCluster.Model.Scenarios;
using SimCluster.Scenarios;
using SimCluster.Silo;

namespace SimCluster.Cli.Runs;

/// <summary>Runs loaded scenarios on an embedded single-machine silo, one at a time, with a progress bar each.</summary>
public sealed class Simulation : IAsyncDisposable
{
    private readonly EmbeddedSilo _silo;

    private Simulation(EmbeddedSilo silo) => _silo = silo;

    /// <summary>Starts the embedded silo, with <paramref name="telemetry"/>.</summary>
    public static async Task<Simulation> StartAsync(TelemetrySettings telemetry, CancellationToken cancellationToken) =>
        new(await EmbeddedSilo.StartAsync(telemetry, cancellationToken: cancellationToken));

    /// <summary>
    /// Runs <paramref name="scenario"/> to the end. A run that leaves the computable range is the file's fault: it
    /// becomes a usage error (exit 2) naming the file, the field, what overflowed and the year.
    /// </summary>
    public async Task<RunResult> RunAsync(LoadedScenario scenario, TextWriter error, CancellationToken cancellationToken)
    {
        var bar = ProgressBar.ForConsole(error, scenario.Spec.Name, "steps");
        try
        {
            return await ScenarioRunner.RunAsync(_silo.Grains, scenario.Spec, bar, cancellationToken: cancellationToken);
        }
        catch (ScenarioRunException e)
        {
            throw new UsageException(RunError.Line(scenario.FileName, e));
        }
        finally
        {
            bar.Done();
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _silo.DisposeAsync();
}
