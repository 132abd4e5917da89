using System.Globalization;
using System.Text;
using SimCluster.Model.Parameters;
using SimCluster.Model.Scenarios;
using SimCluster.Scenarios.Writing;
using static SimCluster.Scenarios.Writing.YamlScalars;

namespace SimCluster.Scenarios;

/// <summary>
/// Writes <c>scenario.resolved.yaml</c>: every parameter of a <see cref="ScenarioSpec"/> explicit (no presets, no
/// omitted defaults), doubles in shortest round-trip form, under a header naming the program version and the seed.
/// <see cref="ScenarioLoader"/> reads it back to an equal spec, so a run can be reproduced from its outputs.
/// Uncertain parameters (<see cref="ScenarioSpec.Uncertain"/>) are written as their distribution maps.
/// </summary>
public static class ScenarioWriter
{
    // Optional values that are off are written as an explicit null, not left out: every parameter is visible.
    private const string NoValue = "null";

    /// <summary>The resolved scenario as YAML text (LF line endings).</summary>
    /// <param name="spec">The scenario to write.</param>
    /// <param name="description">Free text kept with it; omitted when null.</param>
    /// <param name="programVersion">Version of the program that resolved it, for the header.</param>
    public static string Write(ScenarioSpec spec, string? description, string programVersion)
    {
        var root = Level(spec, "", null, description);
        // Uncertain parameters are written as their distributions, where the nominal value would be.
        foreach (var u in spec.Uncertain) root.Replace(u.Path, DistributionText.Of(u.Distribution));

        var text = new StringBuilder()
            .Append("# scenario.resolved.yaml, written by simcluster ").Append(OneLine(programVersion)).Append('\n')
            .Append("# Every parameter explicit (no presets, no defaults); loading this file reproduces the run, seed ")
            .Append(Unsigned(spec.Seed)).Append(".\n");
        if (spec.Uncertain.Count > 0)
            text.Append("# ").Append(spec.Uncertain.Count.ToString(CultureInfo.InvariantCulture))
                .Append(" parameters are distributions: replicate r draws each from (seed, r, its key); their nominal values are the medians.\n");
        root.Render(text, 0);
        return text.ToString();
    }

    /// <summary>
    /// A level of the file, every parameter of the registry at it in its order: numbers in shortest round-trip form,
    /// names quoted where YAML needs it, choices bare, sections and entity lists as nested blocks. A section that does
    /// not apply (no shares when data runs short) is an explicit null; a field that does not apply (another form's) is
    /// left out. Presets are not written: their values are.
    /// </summary>
    private static YamlBlock Level(ScenarioSpec spec, string level, string? entity, string? description = null)
    {
        var block = new YamlBlock(entity);
        foreach (var p in ParameterRegistry.Children(level))
        {
            if (p.Key == "description")
            {
                if (description is not null) block.Add(p.Name, String(description));
                continue;
            }
            bool applies = p.Applies(spec, entity);
            switch (p.Kind)
            {
                case ParameterKind.Entities:
                    var list = EntityList.All.Single(e => e.Key == p.Key);
                    block.Add(p.Name, list.Names(spec).Select(name => Level(spec, $"{list.Key}.{list.Placeholder}", name)).ToList());
                    break;
                case ParameterKind.Section:
                    if (applies) block.Add(p.Name, Level(spec, p.Key, entity));
                    else block.Add(p.Name, NoValue);
                    break;
                case ParameterKind.Number when applies && p.Get is not null:
                    block.Add(p.Name, p.Get(spec, entity) is { } x ? Number(x) : NoValue);
                    break;
                case ParameterKind.Names when applies && p.Text is not null:
                    block.Add(p.Name, (p.Text(spec, entity) ?? []).Select(String));
                    break;
                case ParameterKind.Text or ParameterKind.Integer or ParameterKind.Choice when applies && p.Text?.Invoke(spec, entity) is [var value]:
                    block.Add(p.Name, p.Kind == ParameterKind.Text ? String(value) : value);
                    break;
            }
        }
        return block;
    }

    private static string OneLine(string s) => s.ReplaceLineEndings(" ");
}
