using SimCluster.Model.Scenarios;
using SimCluster.Scenarios.Locating;
using SimCluster.Scenarios.Overrides;
using SimCluster.Scenarios.Reading;
using SimCluster.Scenarios.Validation;

namespace SimCluster.Scenarios;

/// <summary>
/// Loads a YAML scenario file into a validated <see cref="ScenarioSpec"/>. Never throws for bad input: every
/// problem comes back as a <see cref="ScenarioError"/> with file, line, column, field path and the allowed values.
/// Checks run in two stages: the file's shape (syntax, keys, types, required fields, names of presets and
/// enumerations), then, once a spec can be built, <see cref="ScenarioValidator"/> (ranges, sums, references) on the
/// nominal values and, for uncertain parameters, on the most extreme values a sweep can draw. Overrides from the
/// command line (<see cref="ScenarioOverride"/>) are put into the parsed document before it is read, so they get
/// exactly the checks the same values written in the file would, and the resolved scenario carries them.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Reads and loads the file at <paramref name="path"/>; errors name the file as given.</summary>
    public static ScenarioLoadResult Load(string path) => Load(path, []);

    /// <summary>Reads and loads the file at <paramref name="path"/> with <paramref name="overrides"/> in place of what
    /// it writes at their keys; errors name the file as given, or the override they are in.</summary>
    public static ScenarioLoadResult Load(string path, IReadOnlyList<ScenarioOverride> overrides)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ScenarioLoadResult.Failure([new ScenarioError(path, 0, 0, "", $"cannot read the scenario file: {e.Message}")]);
        }
        return ScenarioFileText.Decode(bytes, path, out var error) is { } text ? Parse(text, path, overrides) : ScenarioLoadResult.Failure([error!]);
    }

    /// <summary>Loads scenario text; <paramref name="fileName"/> is used in errors and kept in the result.</summary>
    public static ScenarioLoadResult Parse(string yamlText, string fileName) => Parse(yamlText, fileName, []);

    /// <summary>Loads scenario text with <paramref name="overrides"/>. Their keys are checked against the parameters
    /// the file has as written, so a file with errors reports those first.</summary>
    public static ScenarioLoadResult Parse(string yamlText, string fileName, IReadOnlyList<ScenarioOverride> overrides)
    {
        ScenarioSpec? asWritten = null;
        if (overrides.Count > 0)
        {
            var plain = Parse(yamlText, fileName, []);
            if (!plain.Succeeded) return plain;
            asWritten = plain.Scenario!.Spec;
        }
        var errors = new ErrorSink(fileName);
        var root = YamlDocumentReader.Read(yamlText, errors);
        if (root is null) return ScenarioLoadResult.Failure(errors.Errors);
        if (asWritten is not null)
        {
            // Past every line the file has (a lone CR breaks a line too), so override nodes never share a line with it.
            long firstFreeLine = yamlText.Count(c => c is '\n' or '\r') + 2;
            OverrideApplier.Apply(root, overrides, asWritten, firstFreeLine, errors);
            if (errors.Any) return ScenarioLoadResult.Failure(errors.Errors);
        }
        var (spec, description) = ScenarioReader.Read(root, errors);
        if (spec is null || errors.Any) return ScenarioLoadResult.Failure(errors.Errors);

        // The nominal values first; only once they pass, the values a sweep could draw (a draw check on a file
        // whose nominal value is already wrong would repeat the same complaint).
        var issues = ScenarioValidator.Validate(spec);
        bool nominal = issues.Count > 0;
        if (!nominal) issues = DrawRanges.Check(spec).ToList();
        foreach (var issue in issues)
        {
            string path = issue.Path;
            bool median = nominal && spec.Uncertain.Any(u => u.Path == path);
            errors.At(YamlPathLocator.Locate(root, path), path, median ? $"{issue.Message} (the median of the distribution written here)" : issue.Message);
        }
        return errors.Any ? ScenarioLoadResult.Failure(errors.Errors) : ScenarioLoadResult.Success(new LoadedScenario(spec, description, fileName));
    }
}
