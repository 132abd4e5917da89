namespace SimCluster.Model.Scenarios;

/// <summary>One numeric parameter of a scenario, addressed by its path in a scenario file (e.g.
/// <c>sources[0].initial_stock_tokens</c>), with a getter and a setter that returns a new spec.</summary>
/// <param name="Path">Path in the file layout.</param>
/// <param name="Get">Reads the value.</param>
/// <param name="Set">A copy of the spec with the value replaced.</param>
public sealed record ScenarioParameter(string Path, Func<ScenarioSpec, double> Get, Func<ScenarioSpec, double, ScenarioSpec> Set);
