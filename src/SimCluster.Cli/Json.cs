using System.Text.Json;
using System.Text.Json.Serialization;

namespace SimCluster.Cli;

/// <summary>JSON output settings shared by every command: snake_case names, indented, round-trippable doubles.</summary>
public static class Json
{
    /// <summary>The serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Serialises <paramref name="value"/>.</summary>
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);
}
