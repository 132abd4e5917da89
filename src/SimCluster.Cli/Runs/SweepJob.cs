using SimCluster.Abstractions;
using SimCluster.Model.Sweeps;
using SimCluster.Scenarios;

namespace SimCluster.Cli.Runs;

/// <summary>
/// One sweep as the command runs it: the request, the scenario as the outputs describe it, and for sensitivity the
/// outcome and an optional Sobol design to run after the tornado. Built from a file (checked completely before any
/// silo starts) or from the request of a sweep already on the cluster (<c>--attach</c>).
/// </summary>
/// <param name="Request">The sweep.</param>
/// <param name="Scenario">The scenario, file name and description, for the outputs.</param>
/// <param name="Outcome">The outcome of a sensitivity sweep; null for Monte Carlo.</param>
/// <param name="SobolSamples">Base samples of a Sobol design to run after a one-at-a-time sweep; null for none.</param>
public sealed record SweepJob(SweepRequest Request, LoadedScenario Scenario, SweepOutcome? Outcome, int? SobolSamples)
{
    /// <summary>The job of <paramref name="request"/>, as an attaching client sees it.</summary>
    public static SweepJob Of(SweepRequest request)
    {
        var outcome = request.Outcome is null ? null : SweepOutcome.Parse(request.Outcome, new SweepLayout(request.Scenario), out _);
        return new SweepJob(request, new LoadedScenario(request.Scenario, request.Description, request.SourceFile), outcome, null);
    }

    /// <summary>The default output folder: out/NAME-sweep, -sensitivity or -sobol.</summary>
    public string DefaultOut => Path.Combine("out", Request.Scenario.Name + Request.Kind switch
    {
        SweepKind.MonteCarlo => "-sweep",
        SweepKind.OneAtATime => "-sensitivity",
        _ => "-sobol",
    });
}
