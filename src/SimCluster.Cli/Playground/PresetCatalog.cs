using SimCluster.Scenarios;

namespace SimCluster.Cli.Playground;

/// <summary>
/// The shipped scenarios, read once from the folder copied beside the program (or one given), each checked as
/// <c>run</c> checks a file. A folder with a broken file is refused at start-up rather than offered half-working.
/// </summary>
public sealed class PresetCatalog
{
    private readonly Dictionary<string, Preset> _byName;

    private PresetCatalog(IEnumerable<Preset> presets) => _byName = presets.ToDictionary(p => p.Name, StringComparer.Ordinal);

    /// <summary>The folder beside the program that the build copies scenarios/ into.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "scenarios");

    /// <summary>Every preset, by name.</summary>
    public IEnumerable<Preset> All => _byName.Values.OrderBy(p => p.Name, StringComparer.Ordinal);

    /// <summary>Loads every *.yaml in <paramref name="folder"/>; a missing folder or a file that does not load is a usage error.</summary>
    public static PresetCatalog Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new UsageException($"--scenarios: no folder '{folder}'; give a folder of scenario files");
        var presets = new List<Preset>();
        foreach (string path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(path), fileName = "scenarios/" + Path.GetFileName(path), text = File.ReadAllText(path);
            var loaded = ScenarioLoader.Parse(text, fileName);
            if (!loaded.Succeeded) throw new UsageException($"--scenarios: {loaded.Errors[0]}");
            presets.Add(new Preset(name, fileName, text, loaded.Scenario!));
        }
        if (presets.Count == 0) throw new UsageException($"--scenarios: '{folder}' holds no scenario (*.yaml) files");
        return new PresetCatalog(presets);
    }

    /// <summary>The preset named <paramref name="name"/>, or null.</summary>
    public Preset? Find(string name) => _byName.GetValueOrDefault(name);
}
