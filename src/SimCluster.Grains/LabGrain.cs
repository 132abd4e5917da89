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
    public Task Initialize(LabInit init)
    {
        _lab = new LabRuntime(init.Lab, init.World, init.Sources, init.At, init.Replicate);
        _plan = new($"lab {init.Lab.Name} plan");
        _execute = new($"lab {init.Lab.Name} execute");
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
