using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
using SimCluster.Model.Scenarios;
using SimCluster.Model.World;

namespace SimCluster.Model.Tests.World;

public sealed class ClusterRuntimeTests
{
    private static readonly StepClock Monthly = new(2024, 1);

    [Fact]
    public void The_first_month_spends_the_budget_on_gpus_and_their_energy()
    {
        var budget = BudgetParameters.Default; // USD 5e9/yr, USD 0.08/kWh
        var c = new ClusterRuntime(new ClusterSpec("c", HardwareParameters.Default, InitialGpus: 0), 2024, [new ClusterTenant("lab", budget, "labs[0]")], "clusters[0]");
        var r = c.Advance(2024, Monthly);
        double monthBudget = 5e9 / 12, hours = 730.5, energyPerGpu = 1.0 * hours * 0.08;
        double gpus = monthBudget / (30_000 + energyPerGpu);
        Assert.Equal(gpus, r.Gpus, gpus * 1e-12);
        Assert.Equal(monthBudget, r.SpendUsd, monthBudget * 1e-12);
        Assert.Equal(gpus * 1e15 * 0.4 * hours * 3600, r.DeliveredFlop, r.DeliveredFlop * 1e-12);
        Assert.Equal(gpus * hours, r.EnergyKwh, r.EnergyKwh * 1e-12);
    }

    [Fact]
    public void Tenants_share_by_budget_in_name_order()
    {
        var c = new ClusterRuntime(new ClusterSpec("c", HardwareParameters.Default), 2024,
            [new ClusterTenant("zeta", BudgetParameters.Default with { InitialUsdPerYear = 3e9 }, "labs[0]"), new ClusterTenant("alpha", BudgetParameters.Default with { InitialUsdPerYear = 1e9 }, "labs[1]")], "clusters[0]");
        var r = c.Advance(2024, Monthly);
        Assert.Equal(["alpha", "zeta"], r.Tenants.Select(t => t.Lab));
        Assert.Equal(0.25, r.For("alpha").Weight, 1e-12);
        Assert.Equal(r.DeliveredFlop * 0.75, r.For("zeta").DeliveredFlop, r.DeliveredFlop * 1e-12);
    }

    [Fact]
    public void Vintages_retire_after_four_years()
    {
        var c = new ClusterRuntime(new ClusterSpec("c", HardwareParameters.Default, InitialGpus: 1000), 2024,
            [new ClusterTenant("lab", BudgetParameters.Default with { InitialUsdPerYear = 1e-6 }, "labs[0]")], "clusters[0]");
        Assert.Equal(1000, c.Advance(2027.9, Monthly).Gpus, 1e-3);
        Assert.True(c.Advance(2028.0, Monthly).Gpus < 1);
    }
}
