using SimCluster.Model.Capability;
using SimCluster.Model.Simulation;
using SimCluster.Model.World;

namespace SimCluster.Model.Tests.World;

/// <summary>
/// Every trajectory row reports the newest model's Chinchilla-equivalent compute and capability index
/// (docs/model.md §18), read off its loss with the scenario's loss law and index constants.
/// </summary>
public sealed class CapabilityColumnTests
{
    [Fact]
    public void Each_row_reads_C_eq_and_the_index_off_its_loss()
    {
        var spec = TestWorlds.FourLabs(2040);
        foreach (var row in WorldRun.RunAll(spec).Labs)
        {
            Assert.Equal(row.Loss, ChinchillaEquivalent.Loss(spec.World.Constants, row.ChinchillaEquivalentFlop), 12);
            Assert.Equal(CapabilityIndex.Default.Pretraining(row.ChinchillaEquivalentFlop), row.CapabilityPretrainEci, 9);
        }
    }

    [Fact]
    public void The_index_rises_whenever_a_lab_releases_a_better_model_and_keeps_rising_after_gpqa_saturates()
    {
        var rows = WorldRun.RunAll(TestWorlds.FourLabs(2064)).Labs;
        foreach (var lab in rows.GroupBy(r => r.Lab))
        {
            var ordered = lab.OrderBy(r => r.Step).ToArray();
            for (int i = 1; i < ordered.Length; i++)
                if (ordered[i].Loss < ordered[i - 1].Loss) Assert.True(ordered[i].CapabilityPretrainEci > ordered[i - 1].CapabilityPretrainEci, $"{lab.Key} step {ordered[i].Step}");
            // GPQA is within a point of 100 by 2040 in this world; the index still gains over the next 24 years.
            var y2040 = ordered.First(r => r.Year >= 2040);
            Assert.True(ordered[^1].CapabilityPretrainEci - y2040.CapabilityPretrainEci > 10, $"{lab.Key}: {y2040.CapabilityPretrainEci:0.0} -> {ordered[^1].CapabilityPretrainEci:0.0}");
        }
    }

    [Fact]
    public void The_starting_model_reads_close_to_Llama_3_1_405B_published_index()
    {
        // Every lab starts from a Llama 3.1 405B-class model (3.8e25 FLOP, 15.6e12 tokens). Epoch AI's ECI table gives
        // Llama-3.1-405B 130.30 (release 2024.56); the fit's RMSE is 6.0 ECI.
        var first = WorldRun.RunAll(TestWorlds.FourLabs(2025)).Labs.First(r => r.Step == 1);
        Assert.InRange(first.CapabilityPretrainEci, 130.30 - 6.0, 130.30 + 6.0);
    }

    [Fact]
    public void The_index_constants_are_scenario_parameters()
    {
        var spec = TestWorlds.FourLabs(2025);
        var steeper = spec with { World = spec.World with { Capability = new CapabilityIndex(CapabilityIndex.Default.Intercept, 11) } };
        var a = WorldRun.RunAll(spec).Labs[0];
        var b = WorldRun.RunAll(steeper).Labs[0];
        Assert.Equal(a.ChinchillaEquivalentFlop, b.ChinchillaEquivalentFlop);
        Assert.Equal((11 - CapabilityIndex.Default.SlopePerDecade) * Math.Log10(a.ChinchillaEquivalentFlop), b.CapabilityPretrainEci - a.CapabilityPretrainEci, 9);
    }
}
