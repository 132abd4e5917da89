namespace SimCluster.Cli.Playground;

/// <summary>
/// The grain factory the playground runs on, given once the silo is up (or the cluster reached). The web server binds
/// its port first, so a port in use is refused before any silo starts; a request arriving before the silo is ready
/// waits for it.
/// </summary>
public sealed class GrainAccess
{
    private readonly TaskCompletionSource<IGrainFactory> _grains = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The factory, once ready.</summary>
    public Task<IGrainFactory> Grains => _grains.Task;

    /// <summary>Hands the factory over.</summary>
    public void Ready(IGrainFactory grains) => _grains.TrySetResult(grains);
}
