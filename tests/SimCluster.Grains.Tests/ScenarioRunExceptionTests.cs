using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using SimCluster.Abstractions;
using SimCluster.Model.Data;
using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Simulation;
using SimCluster.Model.Strategy;

namespace SimCluster.Grains.Tests;

/// <summary>
/// A run that overflows inside a lab or cluster grain must reach the caller as a ScenarioRunException
/// with its Path, Year and Detail, across silos too, so commands can report it as bad input (exit 2).
/// </summary>
public sealed class ScenarioRunExceptionTests(ClusterFixture clusters) : IClassFixture<ClusterFixture>
{
    /// <summary>Every value in range; the second lab's budget compounds 10x a year to 2500 and overflows on the way.</summary>
    private static ScenarioSpec Overflowing()
    {
        var strategy = StrategyPresets.Balanced with { TrainingRunMonths = 12 };
        return new ScenarioSpec("overflowing", 2024, 2500, 12, 1, WorldParameters.Default, [DataSourcePresets.PublicWebText],
            [new ClusterSpec("c0", HardwareParameters.Default), new ClusterSpec("c1", HardwareParameters.Default)],
            [
                new LabSpec("lab-0", strategy, BudgetParameters.Default, "c0", [DataSourcePresets.PublicWebText.Name]),
                new LabSpec("lab-1", strategy, BudgetParameters.Default with { InitialUsdPerYear = 1e15, GrowthFactorPerYear = 10, BreakYear = 2500 }, "c1",
                    [DataSourcePresets.PublicWebText.Name]),
            ]);
    }

    [Fact]
    public async Task An_overflow_on_three_silos_reaches_the_client_with_its_field_year_and_detail()
    {
        Assert.Empty(ScenarioValidator.Validate(Overflowing()));
        var e = await Assert.ThrowsAsync<ScenarioRunException>(() => ScenarioRunner.RunAsync(clusters.Three.Client, Overflowing()));
        Assert.Equal("labs.lab-1.budget.growth_factor_per_year", e.Path);
        Assert.InRange(e.Year, 2200, 2400);
        Assert.Contains("compounding 10x a year", e.Detail);
    }

    [Fact]
    public void Orleans_serialization_keeps_path_year_and_detail()
    {
        var serializer = clusters.One.Client.ServiceProvider.GetRequiredService<Serializer>();
        Exception sent;
        try { throw new ScenarioRunException("clusters[1].initial_gpus", 2101.5, "the cluster's GPUs overflowed"); }
        catch (ScenarioRunException thrown) { sent = thrown; } // thrown, as grains throw it: with a stack trace and target site
        var received = Assert.IsType<ScenarioRunException>(serializer.Deserialize<Exception>(serializer.SerializeToArray(sent)));
        Assert.Equal(("clusters[1].initial_gpus", 2101.5, "the cluster's GPUs overflowed"), (received.Path, received.Year, received.Detail));
    }
}
