using SimCluster.Silo;
using Xunit.Abstractions;

namespace SimCluster.Cli.Tests.Cluster;

/// <summary>
/// A silo stops on SIGTERM within a bound, gracefully when it can (exit 0), anyway when it cannot (its Redis
/// gone: non-zero), and at once on a second signal.
/// </summary>
[Collection("real processes")]
public sealed class ClusterShutdownTests(ITestOutputHelper output)
{
    // The graceful bound, plus what a process needs to exit on a shared 2-core machine.
    private static readonly TimeSpan Bound = ClusteredSiloRunner.GracefulStopTimeout + TimeSpan.FromSeconds(15);

    private static RunningProcess StartSilo(RedisServer redis)
    {
        var silo = Processes.Start("silo", "--redis", redis.Connection, "--port", FreePort.Next().ToString(), "--gateway-port", FreePort.Next().ToString());
        Assert.True(silo.WaitForError("silo up", TimeSpan.FromSeconds(60)), silo.Err);
        return silo;
    }

    [SkippableFact]
    public void Sigterm_with_redis_up_stops_the_silo_gracefully_and_promptly()
    {
        Skip.IfNot(RedisServer.Installed, "redis-server is not installed (.ci/run installs it)");
        using var redis = RedisServer.Start();
        using var silo = StartSilo(redis);

        silo.Terminate();
        var (code, took) = silo.TimeExit(Bound);
        output.WriteLine($"SIGTERM, Redis up: exit {code} after {took.TotalSeconds:0.0} s");
        Assert.True(code == 0, silo.Err);
        Assert.True(took < TimeSpan.FromSeconds(15), $"took {took}");
        Assert.Contains("silo stopped", silo.Err);
    }

    [SkippableFact]
    public void Sigterm_with_redis_gone_stops_the_silo_within_the_bound_and_says_the_stop_was_not_graceful()
    {
        Skip.IfNot(RedisServer.Installed, "redis-server is not installed (.ci/run installs it)");
        using var redis = RedisServer.Start();
        using var silo = StartSilo(redis);
        redis.Kill();

        silo.Terminate();
        var (code, took) = silo.TimeExit(Bound);
        output.WriteLine($"SIGTERM, Redis gone: exit {code} after {took.TotalSeconds:0.0} s");
        Assert.Equal(143, code);
        Assert.Contains("did not stop gracefully", silo.Err);
    }

    [SkippableFact]
    public void A_second_sigterm_stops_the_silo_at_once()
    {
        Skip.IfNot(RedisServer.Installed, "redis-server is not installed (.ci/run installs it)");
        using var redis = RedisServer.Start();
        using var silo = StartSilo(redis);
        redis.Kill(); // so that the graceful stop hangs

        silo.Terminate();
        Assert.True(silo.WaitForError("SIGTERM received", TimeSpan.FromSeconds(10)), silo.Err);
        silo.Terminate();
        var (code, took) = silo.TimeExit(Bound);
        output.WriteLine($"second SIGTERM: exit {code} after {took.TotalSeconds:0.0} s");
        Assert.Equal(143, code);
        Assert.True(took < TimeSpan.FromSeconds(5), $"took {took}");
    }
}
