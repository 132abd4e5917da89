using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
using SimCluster.Model.Scenarios;
using SimCluster.Model.World;

namespace SimCluster.Model.Tests.World;

public sealed class ClusterRuntimeTests
{
    private static readonly StepClock Monthly = new(2024, 1);

    [Fact]
    public void The_first_month_spends_the_budget_on_deployed_gpus_and_their_energy()
    {
        var budget = BudgetParameters.Default; // USD 5e9/yr, USD 0.08/kWh
        var c = new ClusterRuntime(new ClusterSpec("c", HardwareParameters.Default, InitialGpus: 0, MinBuildMwPerYear: 1e5), 2024, [new ClusterTenant("lab", budget, "labs[0]")], "clusters[0]");
        var r = c.Advance(2024, Monthly);
        double monthBudget = 5e9 / 12, hours = 730.5, energyPerGpu = 1.0 * hours * 0.08;
        double gpus = monthBudget / (30_000 * 1.45 + energyPerGpu); // chip plus 45% servers and networking
        Assert.Equal(GrowthLimit.Budget, r.For("lab").Limit);
        Assert.Equal(0, r.For("lab").BankedUsd, 1e-3);
        Assert.Equal(gpus, r.Gpus, gpus * 1e-12);
        Assert.Equal(monthBudget, r.SpendUsd, monthBudget * 1e-12);
        Assert.Equal(gpus * 1e15 * 0.4 * hours * 3600, r.DeliveredFlop, r.DeliveredFlop * 1e-12);
        Assert.Equal(gpus * hours, r.EnergyKwh, r.EnergyKwh * 1e-12);
    }

    [Fact]
    public void Installed_power_grows_no_faster_than_the_build_rate_and_the_money_it_stops_is_banked_then_spent()
    {
        // 16 MW and USD 20B/yr: the money would buy ~450 MW in a year; a cluster this small may add 50 MW a year (its
        // doubling would add only 16), so it ends the year at 66 MW.
        var spec = new ClusterSpec("c", HardwareParameters.Default, InitialGpus: 16_000);
        var c = new ClusterRuntime(spec, 2024, [new ClusterTenant("lab", BudgetParameters.Default with { InitialUsdPerYear = 2e10, GrowthFactorPerYear = 1 }, "labs[0]")], "clusters[0]");
        double previous = c.Fleet.PowerMw, banked = 0, spent = 0;
        for (int k = 0; k < 12; k++)
        {
            var r = c.Advance(2024 + k / 12.0, Monthly);
            Assert.True(r.PowerMw <= spec.MaxPowerAfter(previous, 1 / 12.0) * (1 + 1e-12), $"month {k + 1}: {r.PowerMw} MW after {previous}");
            Assert.Equal(GrowthLimit.BuildRate, r.For("lab").Limit);
            Assert.True(r.For("lab").BankedUsd > banked, "unspent money is kept");
            previous = r.PowerMw;
            banked = r.For("lab").BankedUsd;
            spent += r.SpendUsd;
        }
        Assert.InRange(previous, 65.9, 66.1);
        Assert.Equal(2e10, spent + banked, 2e10 * 1e-9); // every dollar is spent or banked, none dropped
        // Without the limit the bank is spent: a fast build rate turns it into GPUs within a step.
        var fast = new ClusterRuntime(spec with { BuildRatePerYear = 100, MinBuildMwPerYear = 1e6 }, 2024,
            [new ClusterTenant("lab", BudgetParameters.Default with { InitialUsdPerYear = 2e10, GrowthFactorPerYear = 1 }, "labs[0]")], "clusters[0]");
        Assert.Equal(GrowthLimit.Budget, fast.Advance(2024, Monthly).For("lab").Limit);
    }

    [Fact]
    public void A_site_power_cap_is_reported_as_the_limit_once_the_fleet_reaches_it()
    {
        var spec = new ClusterSpec("c", HardwareParameters.Default, InitialGpus: 16_000, PowerCapMw: 20);
        var c = new ClusterRuntime(spec, 2024, [new ClusterTenant("lab", BudgetParameters.Default, "labs[0]")], "clusters[0]");
        var r = c.Advance(2024, Monthly);
        Assert.Equal(20, r.PowerMw, 1e-9);
        Assert.Equal(GrowthLimit.PowerCap, r.For("lab").Limit);
        Assert.True(r.For("lab").BankedUsd > 0);
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
