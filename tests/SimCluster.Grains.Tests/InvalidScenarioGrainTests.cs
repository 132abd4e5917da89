using SimCluster.Abstractions;
using SimCluster.Model.Randomness;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Tests.World;

namespace SimCluster.Grains.Tests;

/// <summary>
/// Every grain that takes a scenario validates it, whoever calls it: an invalid one (a negative budget, a lab naming a
/// cluster the scenario lacks) fails that call with an ArgumentException naming the field, and the same grain then
/// takes a valid call, on a silo that keeps serving.
/// </summary>
public sealed class InvalidScenarioGrainTests(ClusterFixture clusters) : IClassFixture<ClusterFixture>
{
    private static readonly ScenarioSpec Good = TestWorlds.FourLabs(2026) with
    {
        Uncertain = [new("world.algorithmic_progress.doubling_months", new TriangularDistribution(5, 8, 14))],
    };

    // Each fault, and the field the refusal must name.
    private static readonly (string Fault, string Field)[] FaultFields =
        [("negative budget", "labs.lab-b.budget.initial_usd_per_year"), ("missing cluster", "labs.lab-b.cluster")];

    public static TheoryData<string, string> Faults()
    {
        var data = new TheoryData<string, string>();
        foreach (var (fault, field) in FaultFields) data.Add(fault, field);
        return data;
    }

    private static ScenarioSpec Bad(string fault) => fault switch
    {
        "negative budget" => Good with { Labs = [Good.Labs[0], Good.Labs[1] with { Budget = Good.Labs[1].Budget with { InitialUsdPerYear = -1e9 } }, .. Good.Labs.Skip(2)] },
        _ => Good with { Labs = [Good.Labs[0], Good.Labs[1] with { Cluster = "no-such-cluster" }, .. Good.Labs.Skip(2)] },
    };

    private IClusterClient Grains => clusters.One.Client;

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task The_scenario_grain(string fault, string field)
    {
        var grain = Grains.GetGrain<IScenarioGrain>(GrainKeys.NewRunId());
        Assert.Contains(field, (await Assert.ThrowsAsync<ArgumentException>(() => grain.Start(Bad(fault), 0))).Message);
        Assert.Equal(0L, (await grain.Start(Good, 0)).StepsDone);
    }

    public static TheoryData<string, string, string> EntityFaults()
    {
        var data = new TheoryData<string, string, string>();
        foreach (string kind in new[] { "lab", "gpu cluster", "data source" })
            foreach (var (fault, field) in FaultFields)
                data.Add(kind, fault, field);
        return data;
    }

    [Theory]
    [MemberData(nameof(EntityFaults))]
    public async Task The_entity_grains(string kind, string fault, string field)
    {
        string run = GrainKeys.NewRunId();
        Task Initialize(ScenarioSpec spec) => kind switch
        {
            "lab" => Grains.GetGrain<ILabGrain>(GrainKeys.Entity(run, "lab-a")).Initialize(new EntityInit(run, 0, spec, "lab-a")),
            "gpu cluster" => Grains.GetGrain<IGpuClusterGrain>(GrainKeys.Entity(run, "cluster-lab-a")).Initialize(new EntityInit(run, 0, spec, "cluster-lab-a")),
            _ => Grains.GetGrain<IDataSourceGrain>(GrainKeys.Entity(run, "public-web-text")).Initialize(new EntityInit(run, 0, spec, "public-web-text")),
        };
        Assert.Contains(field, (await Assert.ThrowsAsync<ArgumentException>(() => Initialize(Bad(fault)))).Message);
        await Initialize(Good);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task The_aggregator_grain(string fault, string field)
    {
        string run = GrainKeys.NewRunId();
        var grain = Grains.GetGrain<IAggregatorGrain>(run);
        Assert.Contains(field, (await Assert.ThrowsAsync<ArgumentException>(() => grain.Initialize(new RunInfo(run, Bad(fault))))).Message);
        await grain.Initialize(new RunInfo(run, Good));
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task The_sweep_grain(string fault, string field)
    {
        var bad = new SweepRequest(GrainKeys.NewRunId(), Bad(fault), SweepKind.MonteCarlo, 4, 2);
        Assert.Contains(field, (await Assert.ThrowsAsync<ArgumentException>(() => Grains.GetGrain<ISweepGrain>(bad.SweepId).Start(bad))).Message);
        var good = new SweepRequest(GrainKeys.NewRunId(), Good, SweepKind.MonteCarlo, 4, 2);
        Assert.Equal(4, (await new SweepClient(Grains).RunAsync(good)).Summary.Replicates);
    }

    // A batch reports a refusal as a failed result (the sweep grain merges results, and fails the sweep on a user
    // error), and throws when asked for the records of a refused batch.
    [Theory]
    [MemberData(nameof(Faults))]
    public async Task The_batch_grain(string fault, string field)
    {
        var bad = new BatchWork(new SweepRequest(GrainKeys.NewRunId(), Bad(fault), SweepKind.MonteCarlo, 4, 2), 0);
        var grain = Grains.GetGrain<IBatchGrain>(SweepKeys.Batch(bad.Request.SweepId, 0));
        var refused = (await grain.Run(bad)).Failure;
        Assert.True(refused is { UserError: true }, "a refused batch must fail as the user's error");
        Assert.Contains(field, refused!.Message);
        Assert.Contains(field, (await Assert.ThrowsAsync<ArgumentException>(() => grain.TakeRecords(bad))).Message);

        var good = new BatchWork(new SweepRequest(GrainKeys.NewRunId(), Good, SweepKind.MonteCarlo, 4, 2), 0);
        Assert.Null((await Grains.GetGrain<IBatchGrain>(SweepKeys.Batch(good.Request.SweepId, 0)).Run(good)).Failure);
    }
}
