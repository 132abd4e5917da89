using SimCluster.Model.Scenarios;

namespace SimCluster.Model.Sweeps;

/// <summary>
/// A replicate that cannot run. Replicates are deterministic, so running it again fails again: the sweep must stop at
/// once and say which replicate, with which values, and why.
/// </summary>
/// <param name="Replicate">Replicate (task) number.</param>
/// <param name="Message">One line: the replicate, its drawn values, the field and what went wrong.</param>
/// <param name="UserError">The scenario's fault (<see cref="ScenarioRunException"/>), not a bug in the program.</param>
public sealed record ReplicateFailure(long Replicate, string Message, bool UserError)
{
    /// <summary>The failure of <paramref name="task"/> with <paramref name="error"/>.</summary>
    public static ReplicateFailure Of(ReplicateTask task, Exception error)
    {
        string values = string.Join(", ", task.Values.Select(v => $"{v.Path} = {IssueText.Number(v.Value)}"));
        string at = values.Length > 0 ? $"replicate {task.Replicate} ({values})" : $"replicate {task.Replicate}";
        return error is ScenarioRunException run
            ? new ReplicateFailure(task.Replicate, $"{at}: {run.Message}", true)
            : new ReplicateFailure(task.Replicate, $"{at}: internal error: {error.GetType().Name}: {error.Message}", false);
    }

    /// <summary>The failure with the lowest replicate number among <paramref name="failures"/> (nulls skipped), so
    /// which one is reported does not depend on which thread failed first.</summary>
    public static ReplicateFailure? First(IEnumerable<ReplicateFailure?> failures) =>
        failures.Where(f => f is not null).MinBy(f => f!.Replicate);
}
