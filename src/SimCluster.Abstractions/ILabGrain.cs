using SimCluster.Model.World;

namespace SimCluster.Abstractions;

/// <summary>A lab (key: run id/lab name): strategy, budget, current model, data seen, synthetic pool, RL progress.</summary>
[Alias("SimCluster.ILabGrain")]
public interface ILabGrain : IGrainWithStringKey
{
    /// <summary>Builds the lab's state.</summary>
    [Alias("Initialize")]
    Task Initialize(EntityInit init);

    /// <summary>Phase 2: the lab's requests of exclusive sources for this step.</summary>
    [Alias("Plan")]
    Task<LabPlan> Plan(LabStepContext context);

    /// <summary>Phase 3: spends the step's compute with the grants it received and reports the row to the aggregator.</summary>
    [Alias("Execute")]
    Task Execute(LabStepContext context, IReadOnlyDictionary<string, double> grants);
}
