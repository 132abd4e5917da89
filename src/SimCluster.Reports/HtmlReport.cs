using System.Net;
using System.Text;

namespace SimCluster.Reports;

/// <summary>
/// report.html: one self-contained file (charts as inline SVG, no scripts or fonts fetched at view time) with the
/// summary tables, the charts, the scenario's parameters and their sources, and the program version and seed.
/// A small inline script marks how many charts rendered non-blank (a headless browser test reads it).
/// </summary>
public static class HtmlReport
{
    /// <summary>The HTML document; the parameter tables and resolved files are those of <paramref name="scenarios"/>, the
    /// resolved scenarios the run used (a comparison has several, each under its name).</summary>
    public static string Render(string title, string subtitle, IReadOnlyList<ReportTable> tables, IReadOnlyList<Chart> charts,
        IReadOnlyList<ReportScenario> scenarios, string program)
    {
        string seed = string.Join(", ", scenarios.Select(s => s.Spec.Seed).Distinct());
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.Append("<title>").Append(Enc(title)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        h.Append("<header><h1>").Append(Enc(title)).Append("</h1><p>").Append(Enc(subtitle)).Append("</p><p class=\"meta\">")
            .Append(Enc(program)).Append(" · seed ").Append(seed).Append("</p></header>\n<main>\n");

        h.Append("<section id=\"summary\"><h2>Summary</h2>\n");
        foreach (var t in tables) Table(h, t);
        h.Append("</section>\n<section id=\"charts\"><h2>Charts</h2>\n");
        foreach (var c in charts)
            h.Append("<figure class=\"chart\" id=\"chart-").Append(Enc(c.Name)).Append("\">").Append(c.Svg())
                .Append("<figcaption>").Append(Enc(c.Title)).Append("</figcaption></figure>\n");
        h.Append("</section>\n<section id=\"parameters\"><h2>Scenario parameters</h2>\n");
        h.Append("<p>The values this run used, with their sources; a value the run changed (in its file or with --set) is in bold, with its default beside it. ")
            .Append("A sweep's uncertain parameters show their median, and their distributions are in ")
            .Append("the resolved scenario below. How each enters the model: docs/model.md; every parameter's default and range: scenarios/README.md, or <code>simcluster params</code>.</p>\n");
        foreach (var s in scenarios)
        {
            if (scenarios.Count > 1) h.Append("<h3 id=\"parameters-").Append(Enc(s.Spec.Name)).Append("\">").Append(Enc(s.Spec.Name)).Append("</h3>\n");
            foreach (var t in ParameterTables.Build(s.Spec)) Table(h, t, "parameters");
            h.Append("<details open><summary>").Append(scenarios.Count > 1 ? $"{Enc(s.Spec.Name)}/" : "")
                .Append("scenario.resolved.yaml: every parameter of this run</summary><pre>").Append(Enc(s.ResolvedYaml)).Append("</pre></details>\n");
        }
        h.Append("</section>\n</main>\n<footer>").Append(Enc(program)).Append(" · seed ").Append(seed).Append("</footer>\n");
        h.Append("<script>\n").Append(Check).Append("</script>\n</body>\n</html>\n");
        return h.ToString();
    }

    private static void Table(StringBuilder h, ReportTable t, string? cssClass = null)
    {
        h.Append(cssClass is null ? "<table>" : $"<table class=\"{cssClass}\">").Append("<caption>").Append(Enc(t.Caption)).Append("</caption>\n<thead><tr>");
        foreach (var head in t.Headers) h.Append("<th>").Append(Enc(head)).Append("</th>");
        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in t.Rows)
        {
            h.Append("<tr>");
            foreach (var cell in row) h.Append("<td>").Append(Enc(cell)).Append("</td>");
            h.Append("</tr>\n");
        }
        h.Append("</tbody></table>\n");
    }

    private static string Enc(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; margin: 0 auto; max-width: 1040px; padding: 1rem 1.5rem; color: #222; }
        header h1 { margin-bottom: 0.2rem; } .meta, footer { color: #666; font-size: 0.9rem; }
        table { border-collapse: collapse; margin: 1rem 0; font-size: 0.85rem; width: 100%; }
        caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
        th, td { border-bottom: 1px solid #ddd; padding: 0.25rem 0.5rem; text-align: right; }
        th:first-child, td:first-child { text-align: left; }
        table.parameters th, table.parameters td { text-align: left; } table.parameters td:nth-child(2), table.parameters td:nth-child(3) { text-align: right; white-space: nowrap; }
        table.parameters tr:has(td:nth-child(3):not(:empty)) td:nth-child(2) { font-weight: bold; }
        figure.chart { margin: 1.5rem 0; } figure.chart svg { width: 100%; height: auto; display: block; }
        figcaption { color: #444; font-size: 0.9rem; }
        pre { background: #f6f6f6; padding: 0.8rem; overflow-x: auto; font-size: 0.8rem; }
        @media print { body { max-width: none; } figure.chart, table { page-break-inside: avoid; } details { display: block; } }
        """;

    // Marks the page with how many charts drew something: an SVG of real size with plenty of shapes in it.
    private const string Check = """
        (function () {
          var figures = document.querySelectorAll('figure.chart');
          var ok = 0;
          figures.forEach(function (f) {
            var svg = f.querySelector('svg');
            var box = svg ? svg.getBoundingClientRect() : null;
            var shapes = svg ? svg.querySelectorAll('path, line, polyline, rect, text, circle, polygon').length : 0;
            if (box && box.width > 100 && box.height > 50 && shapes > 20) ok++;
            else console.error('blank chart: ' + f.id);
          });
          document.body.setAttribute('data-charts', String(figures.length));
          document.body.setAttribute('data-charts-ok', String(ok));
        })();
        """;
}
