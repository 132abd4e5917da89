using Microsoft.Extensions.Hosting;

namespace SimCluster.Silo;

/// <summary>
/// A host lifetime that leaves the process' signals to the caller. The default console lifetime handles SIGTERM and
/// Ctrl+C itself and, at process exit, blocks until the host is disposed, however long Orleans takes to stop; the
/// silo command bounds that time itself (see <see cref="ClusteredSiloRunner"/>).
/// </summary>
internal sealed class CallerOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
