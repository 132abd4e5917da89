using SimCluster.Model.Guards;
using SimCluster.Model.World;

namespace SimCluster.Scenarios.Tests.Validation;

/// <summary>
/// docs/model.md §3.3: the sanity guards fire when a run leaves the world that could exist (one lab spending more than
/// 1% of gross world product, a cluster above 50 GW, GPUs past the CMOS limit on FLOP per joule) and never on a shipped
/// scenario, whose numbers would otherwise rest on an impossible world.
/// </summary>
public sealed class SanityGuardTests
{
    private static IReadOnlyList<GuardWarning> Warnings(string scenario, params string[] sets)
    {
        var spec = Findings.CapabilityIn2040.Spec(scenario, sets);
        return SanityGuards.Check(spec, WorldRun.RunAll(spec).Labs);
    }

    [Theory]
    [MemberData(nameof(ShippedScenarios.All), MemberType = typeof(ShippedScenarios))]
    public void No_shipped_scenario_fires_a_guard(string name)
    {
        var warnings = Warnings(name);
        Assert.True(warnings.Count == 0, string.Join("\n", warnings.Select(w => w.Message)));
    }

    [Fact]
    public void No_frontier_lab_of_2023_fires_a_guard()
    {
        var warnings = Warnings("frontier-2023");
        Assert.True(warnings.Count == 0, string.Join("\n", warnings.Select(w => w.Message)));
    }

    [Fact]
    public void A_budget_growing_1_3x_a_year_for_decades_passes_one_percent_of_gross_world_product()
    {
        // v1's default after-break growth: USD 3.2e11 in 2030 growing 1.3x/yr reaches 1% of GWP (~1.6e12) by the mid-2030s.
        var w = Assert.Single(Warnings("real-data-heavy", "labs.real-data-heavy.budget.growth_factor_per_year_after_break=1.3"));
        Assert.Equal("spend_above_gwp_share", w.Guard);
        Assert.Equal("real-data-heavy", w.Subject);
        Assert.InRange(w.Year, 2034, 2038);
        Assert.True(w.Value > w.Limit);
        Assert.Contains("labs", w.Field);
    }

    [Fact]
    public void A_cluster_with_a_site_cap_far_above_50_GW_that_builds_fast_passes_it()
    {
        var w = Warnings("epoch-data-exhaustion", "clusters.cluster-compute-optimal.power_cap_mw=1e6").Single(x => x.Guard == "cluster_power");
        Assert.Equal("cluster-compute-optimal", w.Subject);
        Assert.True(w.Value > 50_000);
        Assert.EndsWith("power_cap_mw", w.Field);
    }

    [Fact]
    public void Gpus_set_past_the_CMOS_limit_fire_the_efficiency_guard()
    {
        // 1e19 FLOP/s at 1 kW is 1e16 FLOP per joule, twice the limit of Ho, Erdil & Besiroglu 2023.
        var w = Warnings("seed-formula", "clusters.h100-cluster.hardware.peak_flops_per_gpu=1e19", "clusters.h100-cluster.hardware.flop_per_joule_limit=1e17")
            .Single(x => x.Guard == "flop_per_joule");
        Assert.True(w.Value > PhysicalLimits.CmosFlopPerJoule);
    }
}
