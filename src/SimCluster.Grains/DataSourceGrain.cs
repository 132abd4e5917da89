using SimCluster.Abstractions;
using SimCluster.Model.Data;
using SimCluster.Model.World;

namespace SimCluster.Grains;

/// <summary>A human-data source: delegates to <see cref="DataSourceRuntime"/> and reports its rows.</summary>
public sealed class DataSourceGrain(IGrainFactory grains) : Grain, IDataSourceGrain
{
    private (string RunId, int Replicate, StepClock Clock)? _init;
    private DataSourceRuntime? _source;
    private StepSequence<DataSourceSnapshot>? _advance;
    private StepSequence<IReadOnlyDictionary<string, double>>? _allocate;
    private IAggregatorGrain? _aggregator;

    /// <inheritdoc />
    public Task Initialize(EntityInit init)
    {
        var scenario = ScenarioChecks.Require(init.Scenario);
        var source = ScenarioChecks.Named(scenario.Sources, s => s.Name, init.Name, "data source");
        _init = (init.RunId, init.Replicate, new StepClock(scenario.StartYear, scenario.StepMonths));
        _source = new DataSourceRuntime(source, WorldLayout.SourceAt(scenario, source.Name));
        _advance = new($"source {source.Name}");
        _allocate = new($"source {source.Name} allocation");
        _aggregator = grains.GetGrain<IAggregatorGrain>(init.RunId);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<DataSourceSnapshot> Advance(long step)
    {
        var (init, source) = Ready();
        var clock = init.Clock;
        var snapshot = _advance!.Run(step, () => source.Advance(clock.YearAt(step - 1), clock.StepYears));
        if (source.Parameters.Rivalry == Rivalry.Public)
            await _aggregator!.ReportSource(source.Row(init.Replicate, step, clock.YearAt(step)));
        return snapshot;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, double>> Allocate(long step, IReadOnlyDictionary<string, double> requests)
    {
        var (init, source) = Ready();
        double year = init.Clock.YearAt(step);
        var grants = _allocate!.Run(step, () => source.Allocate(year, requests));
        await _aggregator!.ReportSource(source.Row(init.Replicate, step, year));
        return grants;
    }

    private ((string RunId, int Replicate, StepClock Clock), DataSourceRuntime) Ready() =>
        _init is { } init && _source is not null ? (init, _source) : throw new InvalidOperationException($"source {this.GetPrimaryKeyString()} was not initialised");
}
