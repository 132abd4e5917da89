using System.Text.Json;

namespace SimCluster.Deploy.Tests;

/// <summary>One instruction of a Dockerfile: its keyword (upper case), its arguments as written, its line, its stage.</summary>
public sealed record Instruction(string Keyword, string Arguments, int Line, int Stage)
{
    /// <summary>The arguments of the exec (JSON array) form, as ENTRYPOINT and CMD are written.</summary>
    public IReadOnlyList<string> ExecForm()
    {
        Assert.StartsWith("[", Arguments);
        return JsonSerializer.Deserialize<string[]>(Arguments) ?? [];
    }

    /// <summary>Whitespace-separated words (shell form), flags such as --from=build included.</summary>
    public IReadOnlyList<string> Words() => Arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A COPY: flags, sources (relative to the context, or to another stage with --from), destination.</summary>
public sealed record CopyInstruction(string? From, IReadOnlyList<string> Sources, string Destination, int Line, int Stage);

/// <summary>A build stage: the FROM image, its alias, and its instructions.</summary>
public sealed record Stage(int Index, string Image, string? Alias, IReadOnlyList<Instruction> Instructions)
{
    public IEnumerable<Instruction> All(string keyword) => Instructions.Where(i => i.Keyword == keyword);

    public IReadOnlyList<CopyInstruction> Copies() => All("COPY").Select(DockerfileModel.ParseCopy).ToList();

    /// <summary>The last WORKDIR of the stage (absolute paths only, as this repository writes them).</summary>
    public string WorkDir => WorkDirAt(int.MaxValue);

    /// <summary>The WORKDIR in force at a line of the stage.</summary>
    public string WorkDirAt(int line) => All("WORKDIR").Where(i => i.Line < line).Select(i => i.Arguments).LastOrDefault() ?? "/";

    /// <summary>
    /// The repository file that ends up at <paramref name="imagePath"/> in this stage through a COPY from the build
    /// context, or null when no COPY puts anything there.
    /// </summary>
    public string? RepositorySourceOf(string imagePath)
    {
        foreach (var copy in Copies().Where(c => c.From is null).Reverse())
        {
            string destination = DockerfileModel.Absolute(copy.Destination, WorkDirAt(copy.Line));
            foreach (string source in copy.Sources)
            {
                if (destination.EndsWith('/') && source.EndsWith('/') && imagePath.StartsWith(destination, StringComparison.Ordinal))
                    return source + imagePath[destination.Length..];
                if (destination.EndsWith('/') && !source.EndsWith('/') && imagePath == destination + Path.GetFileName(source))
                    return source;
                if (!destination.EndsWith('/') && imagePath == destination)
                    return source;
            }
        }
        return null;
    }
}

/// <summary>
/// Just enough of the Dockerfile syntax for these tests: comments, line continuations, instructions and stages. It
/// refuses what it does not understand (heredocs, JSON-form COPY) rather than guess.
/// </summary>
public sealed class DockerfileModel
{
    public DockerfileModel(IReadOnlyList<Instruction> instructions)
    {
        Instructions = instructions;
        var stages = new List<Stage>();
        foreach (var from in instructions.Where(i => i.Keyword == "FROM"))
        {
            var words = from.Words().Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
            string? alias = words.Count == 3 && words[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[2] : null;
            Assert.True(words.Count == 1 || alias is not null, $"line {from.Line}: FROM {from.Arguments}");
            stages.Add(new Stage(from.Stage, words[0], alias, instructions.Where(i => i.Stage == from.Stage).ToList()));
        }
        Stages = stages;
    }

    public IReadOnlyList<Instruction> Instructions { get; }

    public IReadOnlyList<Stage> Stages { get; }

    public Stage Final => Stages[^1];

    public static DockerfileModel Load(string path) => Parse(File.ReadAllLines(path));

    public static DockerfileModel Parse(IReadOnlyList<string> lines)
    {
        var instructions = new List<Instruction>();
        int stage = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            int start = i + 1;
            var text = new System.Text.StringBuilder();
            while (line.EndsWith('\\'))
            {
                text.Append(line[..^1]).Append(' ');
                i++;
                Assert.True(i < lines.Count, $"line {start}: continuation at the end of the file");
                line = lines[i].Trim();
                while (line.StartsWith('#') && i + 1 < lines.Count) line = lines[++i].Trim(); // comments inside a continuation
            }
            text.Append(line);
            string full = text.ToString().Trim();
            Assert.DoesNotContain("<<", full); // heredocs are not parsed here
            int space = full.IndexOfAny([' ', '\t']);
            Assert.True(space > 0, $"line {start}: instruction without arguments: {full}");
            string keyword = full[..space].ToUpperInvariant();
            if (keyword == "FROM") stage++;
            Assert.True(stage >= 0 || keyword == "ARG", $"line {start}: {keyword} before the first FROM");
            instructions.Add(new Instruction(keyword, full[(space + 1)..].Trim(), start, stage));
        }
        return new DockerfileModel(instructions);
    }

    public static CopyInstruction ParseCopy(Instruction copy)
    {
        Assert.False(copy.Arguments.StartsWith('['), $"line {copy.Line}: JSON-form COPY is not parsed here");
        var words = copy.Words();
        string? from = words.Where(w => w.StartsWith("--from=", StringComparison.Ordinal)).Select(w => w["--from=".Length..]).SingleOrDefault();
        var paths = words.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
        Assert.True(paths.Count >= 2, $"line {copy.Line}: COPY needs a source and a destination");
        return new CopyInstruction(from, paths[..^1], paths[^1], copy.Line, copy.Stage);
    }

    /// <summary>Where a COPY destination lands: relative destinations are under the stage's WORKDIR at that point.</summary>
    public static string Absolute(string destination, string workDir) =>
        destination.StartsWith('/') ? destination : workDir.TrimEnd('/') + "/" + (destination == "./" || destination == "." ? "" : destination);
}
