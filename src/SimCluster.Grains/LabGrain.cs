using SimCluster.Abstractions;
using SimCluster.Model.World;

namespace SimCluster.Grains;

/// <summary>An AI lab: delegates to <see cref="LabRuntime"/> and reports each step's row to the run's aggregator.</summary>
public sealed class LabGrain(IGrainFactory grains) : Grain, ILabGrain
{
    private LabRuntime? _lab;
    private StepSequence<LabPlan>? _plan;
    private StepSequence<TrajectoryRow>? _execute;
    private IAggregatorGrain? _aggregator;

    /// <inheritdoc />
    public Task Initialize(EntityInit init)
    {
        var scenario = ScenarioChecks.Require(init.Scenario);
        var lab = ScenarioChecks.Named(scenario.Labs, l => l.Name, init.Name, "lab");
        _lab = new LabRuntime(lab, scenario.World, WorldLayout.SourcesOf(scenario, lab), WorldLayout.LabAt(scenario, lab.Name), init.Replicate);
        _plan = new($"lab {lab.Name} plan");
        _execute = new($"lab {lab.Name} execute");
        _aggregator = grains.GetGrain<IAggregatorGrain>(init.RunId);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<LabPlan> Plan(LabStepContext context)
    {
        var lab = Ready();
        return Task.FromResult(_plan!.Run(context.Step, () => lab.Plan(context)));
    }

    /// <inheritdoc />
    public Task Execute(LabStepContext context, IReadOnlyDictionary<string, double> grants)
    {
        var lab = Ready();
        var row = _execute!.Run(context.Step, () => lab.Execute(context, grants));
        return _aggregator!.Report(row);
    }

    private LabRuntime Ready() => _lab ?? throw new InvalidOperationException($"lab {this.GetPrimaryKeyString()} was not initialised");
}
