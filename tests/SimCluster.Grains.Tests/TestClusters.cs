using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.TestingHost;
using SimCluster.Abstractions;
using SimCluster.Silo;

namespace SimCluster.Grains.Tests;

/// <summary>In-process Orleans clusters (Orleans.TestingHost) configured like real SimCluster silos.</summary>
internal static class TestClusters
{
    /// <summary>Starts <paramref name="silos"/> silos and a client; with <paramref name="maxMessageBytes"/>, every
    /// message body on the wire (silo to silo, client to gateway) is limited to that size.</summary>
    public static async Task<InProcessTestCluster> StartAsync(short silos, int? maxMessageBytes = null)
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddSimCluster().AddMemoryGrainStorage(SweepStorage.Name).UseInMemoryReminderService();
            if (maxMessageBytes is { } max) silo.Services.Configure<SiloMessagingOptions>(o => o.MaxMessageBodySize = max);
        });
        builder.ConfigureClient(client =>
        {
            client.Services.AddSerializer(s => s.AddSimClusterModel());
            if (maxMessageBytes is { } max) client.Services.Configure<ClientMessagingOptions>(o => o.MaxMessageBodySize = max);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
