using System.Security.Cryptography;
using System.Text;
using SimCluster.Scenarios;

namespace SimCluster.Cli.Playground;

/// <summary>
/// Scenarios uploaded to this server, in memory, by an id derived from their text (the same file uploaded twice gets
/// the same id, so a link to it stays valid). Checked completely when uploaded: nothing runs from a file that does not
/// load. Bounded, oldest out first, so uploads cannot exhaust the server's memory.
/// </summary>
public sealed class UploadStore
{
    /// <summary>The largest upload accepted.</summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>Uploads kept at once.</summary>
    public const int Capacity = 64;

    /// <summary>The name errors in an upload cite when the upload gives none.</summary>
    public const string FileName = "upload.yaml";

    private readonly RecentItems<string, string> _texts = new(Capacity, StringComparer.Ordinal);

    /// <summary>
    /// Checks <paramref name="text"/> and keeps it; returns its id and scenario, or throws the file's errors citing
    /// <paramref name="fileName"/> (the name the user's file had; its folders are dropped).
    /// </summary>
    public (string Id, LoadedScenario Scenario) Add(string text, string? fileName = null)
    {
        string name = Path.GetFileName(fileName ?? "");
        var loaded = ScenarioLoader.Parse(text, string.IsNullOrWhiteSpace(name) ? FileName : name);
        if (!loaded.Succeeded) throw new PlaygroundException(loaded.Errors.Select(ApiError.Of).ToArray());
        string id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        _texts.GetOrAdd(id, _ => text);
        return (id, loaded.Scenario!);
    }

    /// <summary>The text uploaded as <paramref name="id"/>, or null (never uploaded, or since pushed out).</summary>
    public string? Find(string id) => _texts.Find(id);
}
