namespace SimCluster.Scenarios.Tests.Hardening;

/// <summary>A newline (or other control character) in a value quoted by an error split the error line.</summary>
public sealed class OneLineErrorTests
{
    [Fact]
    public void A_newline_in_a_cluster_reference_is_shown_escaped()
    {
        var e = OneLabYaml.Single(OneLabYaml.Sound.Replace("cluster: c1", "cluster: \"c1\\nerror: fake.yaml:1:1: looks like another error\""));
        OneLabYaml.AssertAt(e, 8, "labs.a.cluster", @"'c1\nerror: fake.yaml:1:1: looks like another error' is not a cluster of this scenario");
    }

    [Fact]
    public void A_newline_in_an_unknown_key_is_shown_escaped()
    {
        var e = OneLabYaml.Single(OneLabYaml.Sound.Replace("initial_gpus: 16000", "\"initial\\ngpus\": 16000"));
        OneLabYaml.AssertAt(e, 5, "clusters.c1.initial\ngpus", @"unknown key 'initial\ngpus'", @"clusters.c1.initial\ngpus:");
    }

    [Fact]
    public void A_nul_and_a_tab_in_a_preset_name_are_shown_escaped()
    {
        var e = OneLabYaml.Single(OneLabYaml.Sound.Replace("strategy: balanced", "strategy: \"bal\\0an\\tced\""));
        OneLabYaml.AssertAt(e, 10, "labs.a.strategy", @"unknown strategy preset 'bal\0an\tced'");
    }

    [Fact]
    public void A_quoted_number_with_a_line_separator_is_shown_escaped()
    {
        var e = OneLabYaml.Single(OneLabYaml.Sound.Replace("initial_gpus: 16000", "initial_gpus: \"16000\\L\""));
        OneLabYaml.AssertAt(e, 5, "clusters.c1.initial_gpus", "the quoted string \"16000\\u2028\"");
    }

    [Fact]
    public void A_backslash_in_a_quoted_value_is_doubled_so_escapes_stay_unambiguous()
    {
        var e = OneLabYaml.Single(OneLabYaml.Sound.Replace("cluster: c1", "cluster: 'c1\\n'"));
        OneLabYaml.AssertAt(e, 8, "labs.a.cluster", @"'c1\\n' is not a cluster");
    }
}
