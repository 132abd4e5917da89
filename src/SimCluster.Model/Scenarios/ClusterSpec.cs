using SimCluster.Model.Hardware;

namespace SimCluster.Model.Scenarios;

/// <summary>A GPU cluster in a scenario: its hardware trends, starting fleet and optional site power cap (docs/model.md §3).</summary>
/// <param name="Name">Unique cluster name.</param>
/// <param name="Hardware">Hardware trends and operating point.</param>
/// <param name="InitialGpus">GPUs of the start year's vintage in service at the start.</param>
/// <param name="PowerCapMw">Site power cap in MW; null for none.</param>
public sealed record ClusterSpec(string Name, HardwareParameters Hardware, double InitialGpus = 16_000, double? PowerCapMw = null);
