using SimCluster.Abstractions;
using System.CommandLine;
using SimCluster.Cli.Runs;

namespace SimCluster.Cli;

/// <summary>
/// The `simcluster` command. Every user error ends as one line on stderr and exit code 2; anything else is a
/// bug and ends as one line naming the exception, exit code 1.
/// </summary>
public static class CliApp
{
    /// <summary>Runs the command line; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("SimCluster: how AI capability grows when human data is finite and compute can be turned into data.");
        root.Subcommands.Add(EstimateCommand.Create(output));
        root.Subcommands.Add(CalibrateCommand.Create(output));
        root.Subcommands.Add(RunCommand.Create(output, error));
        root.Subcommands.Add(CompareCommand.Create(output, error));
        root.Subcommands.Add(ValidateCommand.Create(output));
        root.Subcommands.Add(ParamsCommand.Create(output));
        root.Subcommands.Add(SweepCommand.Create(output, error));
        root.Subcommands.Add(BacktestCommand.Create(output));
        root.Subcommands.Add(ServeCommand.Create(output, error));
        using var signals = new StopSignals(error);
        root.Subcommands.Add(SiloCommand.Create(error, signals));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            error.WriteLine($"error: {parsed.Errors[0].Message} (see 'simcluster {CommandPath(parsed)}--help')");
            return ExitCodes.Usage;
        }
        try
        {
            // The signals are StopSignals', not System.CommandLine's (which would end the invocation 2 s after one).
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return parsed.InvokeAsync(configuration, signals.Requested).GetAwaiter().GetResult();
        }
        catch (UsageException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (ScenarioFileException e)
        {
            foreach (var issue in e.Errors) error.WriteLine($"error: {issue}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is ClusterLostException or CommandFailedException)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("cancelled: no outputs were written");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static string CommandPath(ParseResult parsed) =>
        parsed.CommandResult.Command is RootCommand ? "" : parsed.CommandResult.Command.Name + " ";
}
