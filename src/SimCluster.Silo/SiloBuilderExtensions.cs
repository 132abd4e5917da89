using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using SimCluster.Abstractions;

namespace SimCluster.Silo;

/// <summary>What every SimCluster silo has, whatever its clustering: the Model's serialization (<see cref="ModelSerialization"/>) and the call counter.</summary>
public static class SiloBuilderExtensions
{
    /// <summary>Adds SimCluster's serialization and grain-call counting to a silo.</summary>
    public static ISiloBuilder AddSimCluster(this ISiloBuilder silo)
    {
        silo.Services.AddSerializer(s => s.AddSimClusterModel());
        // Grain state in Orleans' binary form: the default JSON storage serializer spent ~60 ms per sweep batch
        // writing its band arrays as text, a third of the batch's own compute.
        silo.Services.AddSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>();
        silo.Services.AddSingleton<GrainCallCounter>();
        silo.Services.AddSingleton<IIncomingGrainCallFilter>(sp => sp.GetRequiredService<GrainCallCounter>());
        return silo;
    }
}
