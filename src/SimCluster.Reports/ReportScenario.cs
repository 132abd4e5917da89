using SimCluster.Model.Scenarios;

namespace SimCluster.Reports;

/// <summary>A scenario a report shows the parameters of: the resolved scenario the run used and its file as written.</summary>
public sealed record ReportScenario(ScenarioSpec Spec, string ResolvedYaml);
