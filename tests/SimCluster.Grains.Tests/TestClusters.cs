using Orleans.Serialization;
using Orleans.TestingHost;
using SimCluster.Abstractions;
using SimCluster.Silo;

namespace SimCluster.Grains.Tests;

/// <summary>In-process Orleans clusters (Orleans.TestingHost) configured like real SimCluster silos.</summary>
internal static class TestClusters
{
    /// <summary>Starts <paramref name="silos"/> silos and a client.</summary>
    public static async Task<InProcessTestCluster> StartAsync(short silos)
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSilo((_, silo) => silo.AddSimCluster().AddMemoryGrainStorage(SweepStorage.Name).UseInMemoryReminderService());
        builder.ConfigureClient(client => client.Services.AddSerializer(s => s.AddSimClusterModel()));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
