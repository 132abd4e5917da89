using SimCluster.Model.Readouts;
using SimCluster.Model.World;

namespace SimCluster.Model.Tests.World;

/// <summary>
/// A lab's summary leads with capability: K at 2030, 2040 and 2064 (the first step ending at or after each), the final
/// K and C_eq, and the first year at each capability milestone, beside the GPQA milestones sweeps count.
/// </summary>
public sealed class LabSummaryBuilderTests
{
    private static LabSummary Summarize(IEnumerable<TrajectoryRow> rows)
    {
        var b = new LabSummaryBuilder("lab-a", "balanced");
        foreach (var r in rows) b.Add(r);
        return b.Build();
    }

    [Fact]
    public void K_at_a_year_is_read_at_the_first_step_ending_at_or_after_it()
    {
        // Monthly from 2024: step 72 ends at t = 2030, step 192 at t = 2040; K = 100 + (step − 1) · 0.25.
        var s = Summarize(TestRows.Rising("lab-a", 200, firstEci: 100, eciPerStep: 0.25));

        Assert.Equal(100 + 71 * 0.25, s.CapabilityEci2030);
        Assert.Equal(100 + 191 * 0.25, s.CapabilityEci2040);
        Assert.Null(s.CapabilityEci2064);
        Assert.Equal(100 + 199 * 0.25, s.FinalCapabilityEci);
        Assert.Equal(1e25 * 200, s.FinalChinchillaEquivalentFlop);
    }

    [Fact]
    public void A_run_that_ends_before_a_year_has_no_K_for_it()
    {
        var s = Summarize(TestRows.Rising("lab-a", 71, firstEci: 120, eciPerStep: 0.1));

        Assert.Null(s.CapabilityEci2030);
        Assert.Null(s.CapabilityEci2040);
        Assert.Null(s.CapabilityEci2064);
        Assert.Equal(2024 + 71 / 12.0, s.FinalYear);
    }

    [Fact]
    public void A_year_a_hair_off_in_floating_point_still_counts()
    {
        var rows = TestRows.Rising("lab-a", 72, firstEci: 120, eciPerStep: 0.1).ToArray();
        rows[^1] = rows[^1] with { Year = 2030 - 1e-12 };

        Assert.Equal(rows[^1].CapabilityEci, Summarize(rows).CapabilityEci2030);
    }

    [Fact]
    public void Capability_milestones_are_dated_by_the_first_step_at_or_above_their_K()
    {
        // K = 140, 145, ..., so ECI 150 is first reached at step 3 and ECI 175 at step 8; ECI 200 never.
        var s = Summarize(TestRows.Rising("lab-a", 10, firstEci: 140, eciPerStep: 5));

        Assert.Equal(MilestoneTable.Default.Milestones.Select(m => m.Name), s.CapabilityMilestones.Select(m => m.Name));
        Assert.Equal(2024 + 3 / 12.0, s.Reached("ECI 150").Year);
        Assert.Equal(2024 + 8 / 12.0, s.Reached("ECI 175").Year);
        Assert.Null(s.Reached("ECI 200").Year);
        Assert.Equal(200, s.Reached("ECI 200").Capability);
        foreach (var m in s.CapabilityMilestones)
        {
            var first = TestRows.Rising("lab-a", 10, 140, 5).FirstOrDefault(r => r.CapabilityEci >= m.Capability);
            Assert.Equal(first?.Year, m.Year);
        }
    }

    [Fact]
    public void The_GPQA_milestones_sweeps_count_are_unchanged()
    {
        var rows = new[]
        {
            TestRows.Row("lab-a", 1, capabilityEci: 130, gpqa: 65),
            TestRows.Row("lab-a", 2, capabilityEci: 138, gpqa: 71, energyKwhCumulative: 2e9, costUsdCumulative: 3e10),
            TestRows.Row("lab-a", 3, capabilityEci: 143, gpqa: 80.5),
        };
        var s = Summarize(rows);

        Assert.Equal([70.0, 80.0, 90.0], s.Milestones.Select(m => m.Gpqa));
        Assert.Equal(new GpqaMilestone(70, 2024 + 2 / 12.0, 2e9, 3e10), s.At(70));
        Assert.Equal(2024 + 3 / 12.0, s.At(80).Year);
        Assert.Null(s.At(90).Year);
        Assert.Equal(80.5, s.FinalGpqa);
    }
}
