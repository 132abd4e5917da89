namespace SimCluster.Cli.Playground;

/// <summary>
/// A parameter the playground offers a control for: its registry key template, and what only the page needs (a short
/// label and explanation, and the slider's span, which lies inside the registry's allowed range). Unit, source and
/// allowed range come from the registry, where each parameter is declared once.
/// </summary>
/// <param name="Template">The registry key, e.g. labs.&lt;lab&gt;.budget.initial_usd_per_year.</param>
/// <param name="Label">A few words.</param>
/// <param name="Help">One sentence on what moving it does in the model.</param>
/// <param name="Min">Slider start.</param>
/// <param name="Max">Slider end.</param>
/// <param name="Log">Whether the slider moves in decades.</param>
public sealed record ControlSpec(string Template, string Label, string Help, double Min = 0, double Max = 1, bool Log = false);
