using System.CommandLine;
using SimCluster.Cli.Runs;

namespace SimCluster.Cli;

/// <summary>--grid KEY=v1,v2,... (repeatable): sweep a scenario at every combination of the values given.</summary>
public static class GridOption
{
    /// <summary>The option.</summary>
    public static Option<string[]> Create() => new("--grid")
    {
        Description = "Run the sweep once per cell of a grid: KEY=v1,v2,... gives a parameter's values (KEY as for --set), repeat it for more " +
            $"parameters; the cells are every combination (at most {GridPlan.MaxCells:N0}). Each cell runs the replicates (one run when nothing " +
            "in it is uncertain) into cell-NN/; grid.csv has a row per cell and lab with the cell's values and milestone percentiles",
        HelpName = "key=values",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>The axes given, in order; a malformed, empty or repeated one is a usage error.</summary>
    public static IReadOnlyList<GridAxis> Get(ParseResult result, Option<string[]> option)
    {
        var axes = (result.GetValue(option) ?? []).Select(GridAxis.Parse).ToArray();
        if (axes.GroupBy(a => a.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new UsageException($"--grid {twice.Key} is given more than once; list all its values in one --grid {twice.Key}=v1,v2,...");
        return axes;
    }
}
