using System.CommandLine;
using System.Text;
using SimCluster.Model.Parameters;
using SimCluster.Scenarios.Reference;

namespace SimCluster.Cli;

/// <summary>
/// `simcluster params`: every scenario parameter with its unit, default, range, source and whether a sweep may vary
/// it, from the parameter registry; and the files derived from the registry (the JSON Schema and the README's
/// parameter reference), printed or written.
/// </summary>
public static class ParamsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON (one object per parameter) instead of a table" };
        var grep = new Option<string?>("--grep")
        {
            Description = "Only the parameters whose key, description or source contains TEXT (ignoring case)", HelpName = "text",
        };
        var schema = new Option<bool>("--schema") { Description = "Print the JSON Schema of scenario files (scenarios/schema.json) instead" };
        var markdown = new Option<bool>("--markdown") { Description = "Print the parameter reference of scenarios/README.md (the text between its markers) instead" };
        var writeDocs = new Option<string?>("--write-docs")
        {
            Description = "Regenerate DIR/schema.json and the reference between the markers of DIR/README.md (e.g. --write-docs scenarios)", HelpName = "dir",
        };
        var command = new Command("params",
            "List every scenario parameter: key (entities by name: labs.<lab>.budget.initial_usd_per_year), unit, default, " +
            "allowed range, source and whether a sweep may vary it. Also prints or rewrites the schema and reference derived from the same list.");
        foreach (var o in new Option[] { json, grep, schema, markdown, writeDocs }) command.Options.Add(o);
        command.SetAction(result =>
        {
            bool listing = result.GetValue(json) || result.GetValue(grep) is not null;
            int documents = (result.GetValue(schema) ? 1 : 0) + (result.GetValue(markdown) ? 1 : 0) + (result.GetValue(writeDocs) is not null ? 1 : 0);
            if (documents > 1 || (documents == 1 && listing))
                throw new UsageException("--schema, --markdown and --write-docs each stand alone: give one of them, or none (with --json and --grep)");
            var parameters = ParameterRegistry.All;
            if (result.GetValue(schema)) output.Write(ParameterSchema.Write(parameters));
            else if (result.GetValue(markdown)) output.Write(ParameterReference.Markdown(parameters));
            else if (result.GetValue(writeDocs) is { } dir) WriteDocs(dir, parameters, output);
            else output.Write(Listing(parameters, result.GetValue(json), result.GetValue(grep)));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The listing of <paramref name="parameters"/>: a table or JSON, only those matching <paramref name="grep"/> if given.</summary>
    public static string Listing(IReadOnlyList<Parameter> parameters, bool json, string? grep)
    {
        // Sections and entity lists are only the file's structure; a section that also takes a name (loss constants, a
        // strategy preset) is a value and stays.
        var rows = parameters.Where(p => p.Kind is not (ParameterKind.Section or ParameterKind.Entities) || p.Choices.Count > 0)
            .Select(ParameterRow.Of).Where(r => grep is null || r.Matches(grep)).ToArray();
        if (json)
            return Json.Write(rows.Select(r => new { r.Key, r.Description, r.Unit, r.Default, r.Range, r.Source, MayVary = r.Variable })) + "\n";
        if (rows.Length == 0) return grep is null ? "no parameters\n" : $"no parameter matches '{grep}'\n";
        return Table(["key", "unit", "default", "range", "may vary", "source"],
            rows.Select(r => (IReadOnlyList<string>)[r.Key, r.Unit, r.Default, r.Range, r.MayVary, r.Source]).ToArray());
    }

    private static void WriteDocs(string dir, IReadOnlyList<Parameter> parameters, TextWriter output)
    {
        string readme = Path.Combine(dir, "README.md"), schemaFile = Path.Combine(dir, "schema.json");
        if (!File.Exists(readme)) throw new UsageException($"--write-docs: {readme} does not exist (give the scenarios folder, whose README.md holds the reference markers)");
        string text;
        try
        {
            text = ParameterReference.Splice(File.ReadAllText(readme), parameters);
        }
        catch (FormatException e)
        {
            throw new UsageException($"--write-docs: {readme}: {e.Message}");
        }
        File.WriteAllText(schemaFile, ParameterSchema.Write(parameters));
        File.WriteAllText(readme, text);
        output.WriteLine($"wrote {schemaFile} and the parameter reference in {readme}");
    }

    // Columns padded to their widest cell; long cells wrap at spaces onto continuation lines, so the table fits a wide
    // terminal without losing text (the key never wraps: it is what one copies).
    private static readonly int[] MaxWidths = [int.MaxValue, 24, 30, 18, 8, 60];

    private static string Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var wrapped = rows.Select(r => r.Select((c, i) => Wrap(c, MaxWidths[i])).ToArray()).ToArray();
        int[] widths = headers.Select((h, i) => wrapped.SelectMany(r => r[i]).Select(l => l.Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        void Line(IReadOnlyList<string> cells) =>
            text.Append(string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd()).Append('\n');
        Line(headers);
        Line(widths.Select(w => new string('-', w)).ToArray());
        foreach (var r in wrapped)
            for (int line = 0; line < r.Max(c => c.Count); line++)
                Line(r.Select(c => line < c.Count ? c[line] : "").ToArray());
        return text.ToString();
    }

    private static List<string> Wrap(string cell, int width)
    {
        var lines = new List<string> { "" };
        foreach (string word in cell.Split(' '))
        {
            if (lines[^1].Length > 0 && lines[^1].Length + 1 + word.Length > width) lines.Add("");
            lines[^1] = lines[^1].Length == 0 ? word : lines[^1] + " " + word;
        }
        return lines;
    }
}
