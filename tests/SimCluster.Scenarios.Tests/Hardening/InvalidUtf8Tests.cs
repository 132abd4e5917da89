using System.Text;

namespace SimCluster.Scenarios.Tests.Hardening;

/// <summary>Invalid UTF-8 silently became U+FFFD. The loader refuses it, naming the byte, its offset, line and column.</summary>
public sealed class InvalidUtf8Tests
{
    private static ScenarioLoadResult LoadBytes(byte[] bytes)
    {
        string path = Path.Combine(Path.GetTempPath(), $"simcluster-utf8-{Guid.NewGuid():N}.yaml");
        File.WriteAllBytes(path, bytes);
        try { return ScenarioLoader.Load(path); }
        finally { File.Delete(path); }
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void A_latin1_byte_in_a_lab_name_is_refused_with_its_offset_line_and_column()
    {
        // "name: caf\xE9" as a Latin-1 editor saves it: 0xE9 starts a three-byte sequence that never comes.
        string sound = OneLabYaml.Sound.Replace("name: a", "name: cafX");
        byte[] bytes = Utf8(sound);
        int offset = sound.IndexOf("cafX", StringComparison.Ordinal) + 3;
        bytes[offset] = 0xE9;

        var e = Assert.Single(LoadBytes(bytes).Errors);
        Assert.Equal((7, 14, ""), (e.Line, e.Column, e.FieldPath));
        Assert.Contains($"not valid UTF-8: byte 0xE9 at byte offset {offset}", e.Message);
        OneLabYaml.AssertOneLine(e);
    }

    [Fact]
    public void A_truncated_sequence_at_the_end_of_the_file_is_refused()
    {
        byte[] bytes = [.. Utf8(OneLabYaml.Sound + "\n# "), 0xE2, 0x82];
        var e = Assert.Single(LoadBytes(bytes).Errors);
        Assert.Equal(12, e.Line);
        Assert.Contains("byte 0xE2", e.Message);
    }

    [Fact]
    public void Valid_utf8_with_a_byte_order_mark_and_non_ascii_text_loads()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Utf8(OneLabYaml.Sound.Replace("name: a", "name: Café Lab"))];
        var result = LoadBytes(bytes);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("Café Lab", result.Scenario!.Spec.Labs[0].Name);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_still_loads()
    {
        var result = LoadBytes([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(OneLabYaml.Sound)]);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public void A_lone_surrogate_in_utf16_is_refused()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(OneLabYaml.Sound + "# "), 0x00, 0xD8];
        var e = Assert.Single(LoadBytes(bytes).Errors);
        Assert.Contains("not valid UTF-16", e.Message);
    }
}
