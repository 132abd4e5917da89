using SimCluster.Model.Randomness;

namespace SimCluster.Model.Scenarios;

/// <summary>A scenario parameter a sweep draws from a distribution, per replicate, so the sweep shows how far the
/// uncertainty in it moves the outcomes.</summary>
/// <param name="Path">The parameter's path in the file layout (<see cref="ScenarioParameters"/>).</param>
/// <param name="Distribution">Where its values come from; the file's nominal value is the distribution's median.</param>
public sealed record UncertainParameter(string Path, ParameterDistribution Distribution);
