namespace SimCluster.Cli.Tests;

/// <summary>
/// Every command that writes a folder leaves in it only what its last run wrote: a run with more files (a report, more
/// cells, more scenarios, another command) followed by one with fewer into the same --out leaves exactly the files the
/// second writes into an empty folder.
/// </summary>
public sealed class OutputFolderReplacementTests
{
    private const string Stock = "sources.public-web-text.initial_stock_tokens";

    public static TheoryData<string, string[], string[]> Pairs => new()
    {
        { "run with a report, then without", ["run", "{a}", "--report"], ["run", "{a}"] },
        { "compare of two with a report, then of one without", ["compare", "{a}", "{b}", "--report"], ["compare", "{a}"] },
        { "Monte Carlo sweep with a report, then without", ["sweep", "{u}", "--replicates", "8", "--report"], ["sweep", "{u}", "--replicates", "8"] },
        { "sensitivity with a report, then without", ["sweep", "{u}", "--sensitivity", "gpqa@2026", "--report"], ["sweep", "{u}", "--sensitivity", "gpqa@2026"] },
        { "sensitivity, then Monte Carlo", ["sweep", "{u}", "--sensitivity", "gpqa@2026"], ["sweep", "{u}", "--replicates", "8"] },
        { "grid of three cells with a report, then of two without", ["sweep", "{a}", "--grid", $"{Stock}=1e14,3e14,1e15", "--report"], ["sweep", "{a}", "--grid", $"{Stock}=1e14,3e14"] },
        { "run with a report, then backtest", ["run", "{a}", "--report"], ["backtest", "{a}", "--data", "{data}"] },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void The_second_run_into_a_folder_leaves_only_its_own_files(string what, string[] first, string[] second)
    {
        using var tmp = new TempDir();
        var files = new Dictionary<string, string>
        {
            ["{a}"] = tmp.File("a.yaml", Scenarios.Small),
            ["{b}"] = tmp.File("b.yaml", Scenarios.Small.Replace("name: small", "name: other")),
            ["{u}"] = tmp.File("u.yaml", Scenarios.SmallUncertain()),
            ["{data}"] = FrontierTableInput.Locate() ?? "",
        };
        string[] Args(string[] args, string outDir) => [.. args.Select(a => files.GetValueOrDefault(a, a)), "--out", outDir];

        Run(Args(first, tmp.Sub("out")));
        string[] afterFirst = Listing(tmp.Sub("out"));
        Run(Args(second, tmp.Sub("out")));
        Run(Args(second, tmp.Sub("fresh")));

        string[] expected = Listing(tmp.Sub("fresh"));
        Assert.NotEqual(afterFirst, expected); // the pair would prove nothing if the two runs wrote the same files
        Assert.True(expected.SequenceEqual(Listing(tmp.Sub("out"))),
            $"{what}: left {string.Join(", ", Listing(tmp.Sub("out")).Except(expected))} beside the second run's files");
    }

    private static void Run(string[] args)
    {
        var (code, _, stderr) = CliRunner.Run(args);
        Assert.True(code == 0, $"{string.Join(' ', args)}: {stderr}");
    }

    private static string[] Listing(string dir) =>
        Directory.EnumerateFileSystemEntries(dir, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(dir, p)).Order(StringComparer.Ordinal).ToArray();
}
