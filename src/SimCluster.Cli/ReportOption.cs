using System.CommandLine;

namespace SimCluster.Cli;

/// <summary>--report: charts (PNG and SVG in charts/) and a self-contained report.html next to the outputs.</summary>
public static class ReportOption
{
    /// <summary>The option.</summary>
    public static Option<bool> Create() =>
        new("--report") { Description = "Also write charts/*.png and charts/*.svg and a self-contained report.html (charts, tables, parameters and their sources)" };
}
