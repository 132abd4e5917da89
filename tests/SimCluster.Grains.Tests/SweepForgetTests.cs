using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.TestingHost;
using SimCluster.Abstractions;
using SimCluster.Model.Randomness;
using SimCluster.Model.Tests.World;
using SimCluster.Silo;

namespace SimCluster.Grains.Tests;

/// <summary>
/// A collected sweep leaves no record even when its storage is slow: the sweep grain stores progress in the
/// background, and a write still queued when the client forgets the sweep must not bring its record back.
/// </summary>
public sealed class SweepForgetTests
{
    [Fact]
    public async Task A_sweep_cancelled_or_forgotten_while_a_progress_write_is_under_way_leaves_no_record()
    {
        var storage = SlowRecordingStorage.Instance;
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddSimCluster().UseInMemoryReminderService();
            silo.Services.AddGrainStorage(SweepStorage.Name, (_, _) => storage);
        });
        builder.ConfigureClient(client => client.Services.AddSerializer(s => s.AddSimClusterModel()));
        await using var cluster = builder.Build();
        await cluster.DeployAsync();

        var spec = TestWorlds.FourLabs(2030) with
        {
            Seed = 3,
            Uncertain = [new("world.algorithmic_progress.doubling_months", new TriangularDistribution(5, 8, 14))],
        };
        // Batches of one finish faster than a write, so while the sweep runs the grain stores progress every half
        // second (its write spacing). Cancel a little past the spacing after a write was seen to finish: the next
        // write is then under way.
        var client = new SweepClient(cluster.Client);
        for (int i = 0; i < 3; i++)
        {
            var request = new SweepRequest(GrainKeys.NewRunId(), spec, SweepKind.MonteCarlo, 600, 1);
            await client.StartAsync(request);
            var sweep = cluster.Client.GetGrain<ISweepGrain>(request.SweepId);
            int seen = (await sweep.GetStatus()).BatchesDone;
            while ((await sweep.GetStatus()).BatchesDone == seen) await Task.Delay(5);
            await Task.Delay(TimeSpan.FromMilliseconds(500) + SlowRecordingStorage.WriteDelay / 2);
            await client.CancelAsync(request.SweepId);
        }
        await client.RunAsync(new SweepRequest(GrainKeys.NewRunId(), spec, SweepKind.MonteCarlo, 24, 1), pollEvery: TimeSpan.FromMilliseconds(10));

        // A queued write starts at most the sweep grain's write spacing (0.5 s) after the last merge: wait past that,
        // then until no write is under way.
        await Task.Delay(TimeSpan.FromSeconds(1));
        for (var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30); storage.InFlight > 0 && DateTime.UtcNow < deadline;)
            await Task.Delay(SlowRecordingStorage.WriteDelay);
        Assert.True(storage.Writes > 5, $"{storage.Writes} writes; {storage.AllRecords}");
        Assert.Equal(0, storage.InFlight);
        Assert.Empty(storage.Records("sweep"));
    }
}
