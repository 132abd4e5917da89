using Orleans.Serialization;
using Microsoft.Extensions.DependencyInjection;
using SimCluster.Abstractions;
using SimCluster.Model.Randomness;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Sweeps;
using SimCluster.Model.Tests.World;

namespace SimCluster.Grains.Tests;

/// <summary>
/// No message of a sweep grows with the sweep, so a large sweep cannot hit Orleans' message limit: with every message
/// body limited to 256 KB on the wire, a sweep whose records alone are several times that completes on three silos,
/// because records leave batch by batch and bands in pages. (The earlier design sent them all in one reply and failed
/// past Orleans' 100 MiB limit.)
/// </summary>
public sealed class SweepMessageSizeTests
{
    private const int Limit = 256 * 1024;

    [Fact]
    public async Task A_sweep_larger_than_the_message_limit_completes_with_the_same_results_as_without_one()
    {
        var spec = TestWorlds.FourLabs(2030) with
        {
            Seed = 4,
            Uncertain = [new("sources.public-web-text.initial_stock_tokens", LogNormalDistribution.FromMedianAndP90(3e14, 1e15, 1e14, 1e15))],
        };
        var request = new SweepRequest(GrainKeys.NewRunId(), spec, SweepKind.MonteCarlo, 1500, 16);
        await using var limited = await TestClusters.StartAsync(3, Limit);
        var (summary, records) = await new SweepClient(limited.Client, TimeSpan.FromSeconds(60)).RunAsync(request);

        var serializer = limited.Client.ServiceProvider.GetRequiredService<Serializer>();
        int recordBytes = serializer.SerializeToArray(records).Length;
        Assert.True(recordBytes > 3 * Limit, $"the records must not fit one message ({recordBytes} bytes)");
        Assert.Equal(1500, summary.Replicates);
        Assert.Equal(Enumerable.Range(0, 1500).Select(i => (long)i), records.Select(r => r.Replicate));

        var plain = new SweepAccumulator(spec, 1500);
        plain.Add(new MonteCarloDesign(spec, 1500).Tasks().Select(t => ReplicateRunner.Run(spec, plain.Layout, t)));
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(plain.Build(), ModelSerialization.Options), System.Text.Json.JsonSerializer.Serialize(summary, ModelSerialization.Options));
    }
}
