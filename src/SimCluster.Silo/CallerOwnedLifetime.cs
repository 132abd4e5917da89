using Microsoft.Extensions.Hosting;

namespace SimCluster.Silo;

/// <summary>
/// A host lifetime that leaves the process's signals to the caller. The default console lifetime takes Ctrl+C and
/// SIGTERM to stop the host (so an embedded silo or a client would stop under a command that carried on) and, at
/// process exit, blocks until the host is disposed, however long Orleans takes to stop. The command owns the signals
/// and stops the host itself, within its own bound (see <see cref="ClusteredSiloRunner"/>).
/// </summary>
internal sealed class CallerOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
