using SimCluster.Model.World;

namespace SimCluster.Abstractions;

/// <summary>A human-data source (key: run id/source name): stock, growth, and allocation of exclusive data.</summary>
[Alias("SimCluster.IDataSourceGrain")]
public interface IDataSourceGrain : IGrainWithStringKey
{
    /// <summary>Sets the source at its initial stock.</summary>
    [Alias("Initialize")]
    Task Initialize(EntityInit init);

    /// <summary>Phase 1: grows the stock over step <paramref name="step"/>. A public source reports its row here.</summary>
    [Alias("Advance")]
    Task<DataSourceSnapshot> Advance(long step);

    /// <summary>
    /// Phase 2, exclusive sources: allocates step <paramref name="step"/>'s requests, all of them at once (keyed by lab
    /// name, possibly none), pro rata with ties broken by name, and reports its row.
    /// </summary>
    [Alias("Allocate")]
    Task<IReadOnlyDictionary<string, double>> Allocate(long step, IReadOnlyDictionary<string, double> requests);
}
