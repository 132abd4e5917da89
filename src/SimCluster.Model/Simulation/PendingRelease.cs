namespace SimCluster.Model.Simulation;

/// <summary>A finished run waiting out its release lag (post-training and evaluation, docs/model.md §14).</summary>
/// <param name="Model">The model, already carrying its release year.</param>
/// <param name="TeacherCapabilityEci">The capability of the lab's model in service when the run ended: its synthetic
/// tokens were that model's, so it is the teacher the new base distils from.</param>
/// <param name="TeacherTokens">Raw synthetic tokens that teacher generated for the run: what the base distils from (docs/model.md §9).</param>
public readonly record struct PendingRelease(ReleasedModel Model, double TeacherCapabilityEci, double TeacherTokens);
