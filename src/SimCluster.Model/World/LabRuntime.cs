using SimCluster.Model.Data;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Simulation;

namespace SimCluster.Model.World;

/// <summary>
/// A lab through a run: its <see cref="LabState"/>, its <see cref="HumanDataLedger"/>, and running energy and cost.
/// Phase 2 (<see cref="Plan"/>) asks exclusive sources for what its next run lacks; phase 3 (<see cref="Execute"/>)
/// takes the grants, runs <see cref="LabStep"/> and returns the step's trajectory row. A run's compute is checked
/// before it reaches the loss law and the row before it leaves, so a lab that compounds out of the computable range
/// stops with a <see cref="ScenarioRunException"/> (<see cref="LabOverflow"/>) instead of writing Infinity or NaN.
/// </summary>
public sealed class LabRuntime
{
    private static readonly IReadOnlyDictionary<string, double> NoRequests = new SortedDictionary<string, double>(StringComparer.Ordinal);
    private bool _started;
    private RunDemand _demand;
    private long _demandStep;

    /// <summary>
    /// Creates the lab with its starting model trained on <paramref name="spec"/>'s initial tokens;
    /// <paramref name="at"/> is its place in the scenario file (<c>labs[0]</c>).
    /// </summary>
    public LabRuntime(LabSpec spec, WorldParameters world, IEnumerable<DataSourceParameters> sources, string at, int replicate = 0)
    {
        Spec = spec;
        At = at;
        World = world;
        Replicate = replicate;
        State = new LabState(ReleasedModel.Human(world, world.StartYear, spec.InitialParams, spec.InitialTokens));
        Ledger = new HumanDataLedger(sources);
    }

    /// <summary>The lab's specification.</summary>
    public LabSpec Spec { get; }

    /// <summary>Its place in the scenario file, e.g. <c>labs[0]</c>.</summary>
    public string At { get; }

    /// <summary>Shared model constants.</summary>
    public WorldParameters World { get; }

    /// <summary>Replicate number written in its rows.</summary>
    public int Replicate { get; }

    /// <summary>Model, run and synthetic state.</summary>
    public LabState State { get; }

    /// <summary>Reachable and seen human tokens by source.</summary>
    public HumanDataLedger Ledger { get; }

    /// <summary>Energy drawn so far, kWh.</summary>
    public double EnergyKwhCumulative { get; private set; }

    /// <summary>Compute, energy and data spend so far, USD.</summary>
    public double CostUsdCumulative { get; private set; }

    /// <summary>Phase 2: reads the sources' stocks and asks each exclusive source for the tokens the next run lacks.</summary>
    public LabPlan Plan(LabStepContext ctx)
    {
        foreach (var s in ctx.Sources) Ledger.UpdatePublic(s);
        if (!_started)
        {
            Ledger.Consume(State.Model.UniqueHumanTokens); // the starting model was trained (and paid for) before t0
            _started = true;
        }

        _demand = RunDemand.At(World, Spec.Strategy, ctx.Year, ctx.StepMonths, ctx.Compute.DeliveredFlop);
        // A dataset trend replaces the compute's dataset, at t_k: the date the sources' stocks refer to (ExhaustionCrossing).
        if (Spec.DatasetTrend is { } trend) _demand = trend.Apply(_demand, ctx.Year);
        _demandStep = ctx.Step;
        if (!double.IsFinite(_demand.RunFlop)) throw LabOverflow.RunCompute(this, ctx.Year, _demand.RunFlop);
        double desired = _demand.DesiredTokens;
        double shortfall = desired - Ledger.ReachableTokens;

        if (!(shortfall > 0)) return new LabPlan(Spec.Name, ctx.Step, desired, NoRequests);
        var requests = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var s in ctx.Sources)
            if (s.Rivalry == Rivalry.Exclusive && s.UnlicensedTokens > 0) requests[s.Name] = shortfall;
        return new LabPlan(Spec.Name, ctx.Step, desired, requests);
    }

    /// <summary>Phase 3: takes the grants, spends the step's compute and returns the trajectory row.</summary>
    public TrajectoryRow Execute(LabStepContext ctx, IReadOnlyDictionary<string, double> grants)
    {
        if (_demandStep != ctx.Step) throw new InvalidOperationException($"lab {Spec.Name}: step {ctx.Step} executed before it was planned");
        foreach (var source in grants.Keys.Order(StringComparer.Ordinal))
            CostUsdCumulative += Ledger.AddLicensed(source, grants[source]);

        // The run accumulates at most the step's compute more; the loss law needs it finite.
        if (!double.IsFinite(State.RunFlop + ctx.Compute.DeliveredFlop)) throw LabOverflow.RunCompute(this, ctx.Year, State.RunFlop + ctx.Compute.DeliveredFlop);
        var input = new LabStepInput(ctx.Year, ctx.StepMonths, ctx.Compute.DeliveredFlop, Ledger.ReachableTokens, _demand, ctx.Compute.PowerMw);
        var r = LabStep.Advance(World, Spec.Strategy, State, input);
        if (r.Released) CostUsdCumulative += Ledger.Consume(State.Model.UniqueHumanTokens);

        EnergyKwhCumulative += ctx.Compute.EnergyKwh;
        CostUsdCumulative += ctx.Compute.SpendUsd;
        var k = r.Capability;
        double eci = k.Total;
        var readouts = World.Readouts;
        var row = new TrajectoryRow(
            Replicate, Spec.Name, ctx.Step, ctx.Year, ctx.Compute.DeliveredFlop, r.FlopPretrain, r.FlopExperiments, r.FlopSynthetic, r.FlopRl, r.FlopInference, r.TokensServed, r.EffectiveCompute,
            r.Params, r.ModelPretrainFlop, r.ModelTrainPowerMw, r.TokensUniqueHuman, r.Epochs, r.TokensSynthetic, r.SyntheticFraction, input.HumanReachableTokens,
            Ledger.UnseenTokens, input.Demand.DesiredTokens, r.Loss, r.ChinchillaEquivalentFlop, eci, k.Pretrain, k.Distill, k.Post, r.RlHeadroomEci,
            readouts.GpqaDiamond.Score(eci), readouts.FrontierMath.Score(eci), readouts.SweBenchVerified.Score(eci), readouts.MathLevel5.Score(eci),
            readouts.Metr.Minutes(eci), ctx.Compute.EnergyKwh, EnergyKwhCumulative, ctx.Compute.PowerMw, ctx.Compute.Gpus, CostUsdCumulative, ctx.Compute.BankedUsd,
            BindingConstraints.Name(r.DataShort, ctx.Compute.Limit), r.DataExhausted, r.Released);
        if (FiniteRows.FirstNonFinite(row) is var (column, value)) throw LabOverflow.Column(this, ctx.Year, column, value);
        return row;
    }
}
