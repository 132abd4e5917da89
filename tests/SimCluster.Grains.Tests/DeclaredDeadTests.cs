using SimCluster.Silo;

namespace SimCluster.Grains.Tests;

/// <summary>
/// A clustered silo's fatal-error handler: the cluster's vote that this incarnation is dead ends the incarnation (the
/// runner starts a new one), any other fatal error still ends the process.
/// </summary>
public sealed class DeclaredDeadTests
{
    // Orleans' MembershipTableManager reports its own death so: the context below, no exception.
    private const string Vote = "I have been told I am dead, so this silo will stop! Reason: The membership view classifies this silo as Dead (in Refresh).";

    [Fact]
    public async Task The_clusters_vote_ends_the_incarnation_and_not_the_process()
    {
        var failed = new List<string>();
        var handler = new DeclaredDead(failed.Add);
        Assert.False(handler.Voted.IsCompleted);
        handler.OnFatalException(new object(), Vote);
        Assert.Equal("the cluster declared this silo dead", await handler.Voted.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Empty(failed);
    }

    [Fact]
    public void Any_other_fatal_error_ends_the_process()
    {
        var failed = new List<string>();
        var handler = new DeclaredDead(failed.Add);
        handler.OnFatalException(new object(), "a stuck scheduler", new InvalidOperationException("boom"));
        handler.OnFatalException(new object(), Vote, new InvalidOperationException("with an exception it is a crash, not a vote"));
        Assert.Equal(2, failed.Count);
        Assert.Contains("boom", failed[0]);
        Assert.False(handler.Voted.IsCompleted);
    }
}
