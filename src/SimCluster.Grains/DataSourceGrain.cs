using SimCluster.Abstractions;
using SimCluster.Model.Data;
using SimCluster.Model.World;

namespace SimCluster.Grains;

/// <summary>A human-data source: delegates to <see cref="DataSourceRuntime"/> and reports its rows.</summary>
public sealed class DataSourceGrain(IGrainFactory grains) : Grain, IDataSourceGrain
{
    private SourceInit? _init;
    private DataSourceRuntime? _source;
    private StepSequence<DataSourceSnapshot>? _advance;
    private StepSequence<IReadOnlyDictionary<string, double>>? _allocate;
    private IAggregatorGrain? _aggregator;

    /// <inheritdoc />
    public Task Initialize(SourceInit init)
    {
        _init = init;
        _source = new DataSourceRuntime(init.Source, init.At);
        _advance = new($"source {init.Source.Name}");
        _allocate = new($"source {init.Source.Name} allocation");
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

    private (SourceInit, DataSourceRuntime) Ready() =>
        _init is not null && _source is not null ? (_init, _source) : throw new InvalidOperationException($"source {this.GetPrimaryKeyString()} was not initialised");
}
