using System.Text.RegularExpressions;

namespace SimCluster.Cli.Tests;

/// <summary>Runs no other test alongside: an OpenTelemetry provider listens to every silo in the process.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "telemetry";
}

/// <summary>
/// --telemetry console: spans and metrics on stderr, stdout unchanged, and the simulation's numbers the same with
/// telemetry on or off. In a collection of its own so that "off" really has nothing listening.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests
{
    private static bool HasSpan(string stderr, string name) => Regex.IsMatch(stderr, $@"^Activity\.DisplayName:\s+{Regex.Escape(name)}$", RegexOptions.Multiline);

    private static bool HasMetric(string stderr, string name) => stderr.Contains($"Metric Name: {name},", StringComparison.Ordinal);

    /// <summary>The value of a counter in the last export that has it (the exporter prints cumulative sums).</summary>
    private static long? CounterValue(string stderr, string name) =>
        Regex.Matches(stderr, $@"^Metric Name: {Regex.Escape(name)},.*\n(?:.*\n){{0,6}}?Value: (\d+)$", RegexOptions.Multiline)
            .Select(m => (long?)long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).LastOrDefault();

    private static string MetricText(string stderr, string name)
    {
        int at = stderr.LastIndexOf($"Metric Name: {name},", StringComparison.Ordinal);
        return at < 0 ? $"no {name} metric in:\n{stderr[Math.Max(0, stderr.Length - 3000)..]}" : stderr[at..Math.Min(stderr.Length, at + 400)];
    }

    [Fact]
    public void Run_with_console_telemetry_prints_spans_and_metrics_on_stderr_and_the_same_summary_on_stdout()
    {
        using var tmp = new TempDir();
        string file = tmp.File("small.yaml", Scenarios.Small);
        var on = CliRunner.Run("run", file, "--out", tmp.Sub("on"), "--telemetry", "console");
        var off = CliRunner.Run("run", file, "--out", tmp.Sub("off"));
        Assert.True(on.Code == 0, on.Err);
        Assert.True(off.Code == 0, off.Err);

        Assert.All(new[] { "scenario", "step", "phase", "IScenarioGrain/Advance" }, s => Assert.True(HasSpan(on.Err, s), $"no '{s}' span on stderr"));
        Assert.Matches(@"simcluster\.step: 72\b", on.Err); // every step has one, tagged with its number...
        Assert.Matches(@"simcluster\.year: 2030\b", on.Err); // ...and its year
        Assert.All(new[] { "plan-allocate", "advance", "execute" }, p => Assert.Contains($"simcluster.phase: {p}", on.Err));
        Assert.All(new[] { "simcluster.steps", "simcluster.step.duration", "simcluster.grain_calls" }, m => Assert.True(HasMetric(on.Err, m), $"no '{m}' metric on stderr"));
        Assert.Equal(72, CounterValue(on.Err, "simcluster.steps")); // 72 steps, counted once each
        Assert.Contains("Metric Name: orleans-", on.Err); // Orleans' own meter too

        Assert.Equal(off.Out.Replace(tmp.Sub("off"), "DIR"), on.Out.Replace(tmp.Sub("on"), "DIR"));
        Assert.DoesNotContain("Activity.", on.Out);
        Assert.DoesNotContain("Metric Name", on.Out);
        Assert.False(HasSpan(off.Err, "scenario"), "telemetry is off by default");
    }

    [Fact]
    public void Telemetry_on_or_off_gives_byte_identical_outputs()
    {
        using var tmp = new TempDir();
        string file = tmp.File("small.yaml", Scenarios.Small.Replace("end_year: 2030", "end_year: 2027"));
        Assert.Equal(0, CliRunner.Run("run", file, "--out", tmp.Sub("off"), "--telemetry", "none").Code);
        var on = CliRunner.Run("run", file, "--out", tmp.Sub("on"), "--telemetry", "console");
        Assert.True(on.Code == 0, on.Err);
        Assert.True(HasSpan(on.Err, "step"), "telemetry was not on");

        foreach (string name in new[] { "trajectories.csv", "sources.csv", "summary.json" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(tmp.Sub("off"), name)), File.ReadAllBytes(Path.Combine(tmp.Sub("on"), name)));
    }

    [Fact]
    public void A_sweep_with_console_telemetry_prints_sweep_and_batch_spans_and_counts_replicates()
    {
        using var tmp = new TempDir();
        string file = tmp.File("u.yaml", Scenarios.SmallUncertain(2026));
        var on = CliRunner.Run("sweep", file, "--replicates", "6", "--batch-size", "4", "--out", tmp.Sub("on"), "--telemetry", "console");
        Assert.True(on.Code == 0, on.Err);
        Assert.True(HasSpan(on.Err, "sweep"), "no 'sweep' span");
        Assert.Equal(2, Regex.Matches(on.Err, @"^Activity\.DisplayName:\s+batch$", RegexOptions.Multiline).Count);
        Assert.True(CounterValue(on.Err, "simcluster.replicates") == 6, MetricText(on.Err, "simcluster.replicates"));
        Assert.DoesNotContain("Activity.", on.Out);

        Assert.Equal(0, CliRunner.Run("sweep", file, "--replicates", "6", "--batch-size", "4", "--out", tmp.Sub("off")).Code);
        Assert.Equal(File.ReadAllBytes(Path.Combine(tmp.Sub("off"), "bands.csv")), File.ReadAllBytes(Path.Combine(tmp.Sub("on"), "bands.csv")));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("compare")]
    [InlineData("sweep")]
    [InlineData("silo")]
    public void A_bad_telemetry_value_is_a_usage_error_before_anything_runs(string command)
    {
        using var tmp = new TempDir();
        string[] args = command == "silo"
            ? ["silo", "--redis", "127.0.0.1:1", "--telemetry", "jaeger"]
            : [command, tmp.File("u.yaml", Scenarios.SmallUncertain()), "--out", tmp.Sub("o"), "--telemetry", "jaeger"];
        var (code, stdout, stderr) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.Equal($"error: --telemetry must be 'none' or 'console'; got 'jaeger' (see 'simcluster {command} --help')", stderr.Trim());
        Assert.Equal("", stdout);
        Assert.False(Directory.Exists(tmp.Sub("o")));
    }
}
