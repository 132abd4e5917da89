using System.Text.Json;

namespace SimCluster.Cli.Tests;

/// <summary>
/// `run` and `compare` lead with capability: their tables open with K at 2030 and 2040, final K and C_eq, and
/// summary.json carries the same per lab, so a reader sees what separates strategies before GPQA, which saturates.
/// </summary>
public sealed class CapabilitySummaryTests
{
    private static readonly string[] LeadingColumns = ["K 2030", "K 2040", "final K", "final C_eq", "ECI 175", "GPQA 90"];

    private static readonly Lazy<(int Code, string Out, string Err, JsonElement Summary)> Baseline = new(() =>
    {
        using var tmp = new TempDir();
        var (code, stdout, stderr) = CliRunner.Run("run", Scenarios.Shipped("baseline"), "--out", tmp.Path);
        var summary = code == 0 ? JsonDocument.Parse(File.ReadAllText(Path.Combine(tmp.Path, "summary.json"))).RootElement.Clone() : default;
        return (code, stdout, stderr, summary);
    });

    /// <summary>The table's header line and its data lines (between the rule and the blank line after the table).</summary>
    private static (string Header, string[] Rows) Table(string stdout)
    {
        var lines = stdout.Split('\n');
        int rule = Array.FindIndex(lines, l => l.StartsWith("---", StringComparison.Ordinal));
        return (lines[rule - 1], lines.Skip(rule + 1).TakeWhile(l => l.Length > 0).ToArray());
    }

    [Fact]
    public void The_baseline_run_table_leads_with_capability()
    {
        Assert.True(Baseline.Value.Code == 0, Baseline.Value.Err);
        var (header, rows) = Table(Baseline.Value.Out);

        int at = header.IndexOf("strategy", StringComparison.Ordinal);
        foreach (string column in LeadingColumns)
        {
            int next = header.IndexOf(column, at, StringComparison.Ordinal);
            Assert.True(next > at, $"'{column}' missing or out of order in: {header}");
            at = next;
        }
        Assert.True(header.IndexOf("final GPQA", StringComparison.Ordinal) > at, header);
        Assert.Contains("data exhausted", header);
        Assert.All(rows, r => Assert.True(r.Length <= 150, $"a line of {r.Length} characters: {r}"));
        Assert.Equal(4, rows.Length);
    }

    [Fact]
    public void The_baseline_run_table_shows_each_labs_K_and_C_eq_from_summary_json()
    {
        Assert.True(Baseline.Value.Code == 0, Baseline.Value.Err);
        var (_, rows) = Table(Baseline.Value.Out);

        foreach (var lab in Baseline.Value.Summary.GetProperty("labs").EnumerateArray())
        {
            string name = lab.GetProperty("lab").GetString()!;
            var cells = rows.Single(r => r.StartsWith(name + " ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            double k2030 = lab.GetProperty("capability_eci2030").GetDouble(), k2040 = lab.GetProperty("capability_eci2040").GetDouble();
            double finalK = lab.GetProperty("final_capability_eci").GetDouble(), ceq = lab.GetProperty("final_chinchilla_equivalent_flop").GetDouble();
            Assert.Equal([Format.Eci(k2030), Format.Eci(k2040), Format.Eci(finalK), Format.Flop(ceq)], cells[2..6]);
            Assert.True(k2030 < k2040 && k2040 <= finalK, $"{name}: K must rise over the run ({k2030}, {k2040}, {finalK})");
            Assert.Equal(lab.GetProperty("capability_eci2064").GetDouble(), finalK); // the baseline ends at 2064
        }
    }

    [Fact]
    public void Summary_json_dates_every_capability_milestone_per_lab()
    {
        Assert.True(Baseline.Value.Code == 0, Baseline.Value.Err);
        var expected = Model.Readouts.MilestoneTable.Default.Milestones.Select(m => m.Name).ToArray();
        foreach (var lab in Baseline.Value.Summary.GetProperty("labs").EnumerateArray())
        {
            var milestones = lab.GetProperty("capability_milestones").EnumerateArray().ToArray();
            Assert.Equal(expected, milestones.Select(m => m.GetProperty("name").GetString()));
            var eci150 = milestones[0].GetProperty("year");
            Assert.Equal(JsonValueKind.Number, eci150.ValueKind);
            Assert.InRange(eci150.GetDouble(), 2024, 2064);
            Assert.Equal(3, lab.GetProperty("milestones").GetArrayLength()); // the GPQA milestones sweeps count stay
        }
    }

    [Fact]
    public void The_compare_table_leads_with_capability_and_compare_json_carries_it()
    {
        using var tmp = new TempDir();
        var (code, stdout, stderr) = CliRunner.Run("compare", tmp.File("a.yaml", Scenarios.Small), tmp.File("b.yaml", Scenarios.Small.Replace("name: small", "name: other")),
            "--out", tmp.Sub("c"));
        Assert.True(code == 0, stderr);

        var (header, rows) = Table(stdout);
        Assert.StartsWith("scenario / lab", header);
        int at = header.IndexOf("strategy", StringComparison.Ordinal);
        foreach (string column in LeadingColumns.Append("TWh to 90"))
        {
            int next = header.IndexOf(column, at, StringComparison.Ordinal);
            Assert.True(next > at, $"'{column}' missing or out of order in: {header}");
            at = next;
        }
        Assert.Equal(4, rows.Length);
        // The small scenario ends at 2030: K at 2030 is its last step's, K at 2040 is not reached.
        var row = JsonDocument.Parse(File.ReadAllText(tmp.Sub("c", "compare.json"))).RootElement.GetProperty("rows")[0];
        Assert.Equal(row.GetProperty("final_capability_eci").GetDouble(), row.GetProperty("capability_eci2030").GetDouble());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("capability_eci2040").ValueKind);
        Assert.Contains(" - ", rows[0]);
    }
}
