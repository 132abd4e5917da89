using Orleans.TestingHost;

namespace SimCluster.Grains.Tests;

/// <summary>One single-silo and one three-silo cluster, shared by a test class (starting a cluster takes a second or two).</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster One { get; private set; } = null!;

    public InProcessTestCluster Three { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        One = await TestClusters.StartAsync(1);
        Three = await TestClusters.StartAsync(3);
    }

    public async Task DisposeAsync()
    {
        await One.DisposeAsync();
        await Three.DisposeAsync();
    }
}
