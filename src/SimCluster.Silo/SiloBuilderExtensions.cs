using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using SimCluster.Abstractions;

namespace SimCluster.Silo;

/// <summary>What every SimCluster silo has, whatever its clustering: the Model codec and the call counter.</summary>
public static class SiloBuilderExtensions
{
    /// <summary>Adds SimCluster's serialization and grain-call counting to a silo.</summary>
    public static ISiloBuilder AddSimCluster(this ISiloBuilder silo)
    {
        silo.Services.AddSerializer(s => s.AddSimClusterModel());
        silo.Services.AddSingleton<GrainCallCounter>();
        silo.Services.AddSingleton<IIncomingGrainCallFilter>(sp => sp.GetRequiredService<GrainCallCounter>());
        return silo;
    }
}
