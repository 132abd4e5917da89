using System.Text.Json;
using SimCluster.Abstractions;
using SimCluster.Model.Tests.World;

namespace SimCluster.Grains.Tests;

/// <summary>The playground's whole-run grain: the stepped grains' rows and summary in one call, and a bad scenario refused.</summary>
public sealed class WholeRunGrainTests(ClusterFixture clusters) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task A_whole_run_on_three_silos_gives_the_stepped_runs_rows_and_summary()
    {
        var spec = TestWorlds.FourLabs(2034);
        var stepped = await ScenarioRunner.RunAsync(clusters.Three.Client, spec);
        var whole = await clusters.Three.Client.GetGrain<IWholeRunGrain>(0).Run(spec);

        Assert.Equal(stepped.Labs, whole.Labs);
        Assert.Equal(stepped.Sources, whole.Sources);
        Assert.Equal(JsonSerializer.Serialize(stepped.Summary.Labs, ModelSerialization.Options), JsonSerializer.Serialize(whole.Summary.Labs, ModelSerialization.Options));
    }

    [Fact]
    public async Task An_invalid_scenario_is_refused_naming_the_field_and_the_silo_carries_on()
    {
        var grain = clusters.One.Client.GetGrain<IWholeRunGrain>(0);
        var good = TestWorlds.FourLabs(2030);
        var bad = good with { Labs = good.Labs.Select((l, i) => i == 0 ? l with { Cluster = "nowhere" } : l).ToArray() };

        var e = await Assert.ThrowsAsync<ArgumentException>(() => grain.Run(bad));
        Assert.Contains("nowhere", e.Message);
        Assert.NotEmpty((await grain.Run(good)).Labs);
    }
}
