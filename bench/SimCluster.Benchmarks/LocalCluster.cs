using System.Diagnostics;
using SimCluster.Silo;

namespace SimCluster.Benchmarks;

/// <summary>redis-server and N `simcluster silo` processes on loopback, for the multi-process figure.</summary>
public sealed class LocalCluster : IDisposable
{
    private readonly List<Process> _processes = [];
    private string? _data;

    private LocalCluster(int redisPort) => Redis = $"127.0.0.1:{redisPort}";

    /// <summary>The Redis connection string.</summary>
    public string Redis { get; }

    /// <summary>Starts Redis and <paramref name="silos"/> silo processes and waits until each silo is up.</summary>
    public static LocalCluster Start(int silos)
    {
        int port = FreePort.Next();
        var cluster = new LocalCluster(port);
        // Persistent like the shipped Redis (append-only file, fsync every second), in a folder removed afterwards.
        cluster._data = Directory.CreateTempSubdirectory("simcluster-bench-redis-").FullName;
        cluster.Spawn("redis-server", ["--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "yes", "--appendfsync", "everysec", "--dir", cluster._data]);
        string dll = Path.Combine(AppContext.BaseDirectory, "simcluster.dll");
        var started = new List<Task>();
        for (int i = 0; i < silos; i++)
        {
            var up = new TaskCompletionSource();
            var p = cluster.Spawn("dotnet", [dll, "silo", "--redis", cluster.Redis, "--port", FreePort.Next().ToString(), "--gateway-port", FreePort.Next().ToString()]);
            p.ErrorDataReceived += (_, e) => { if (e.Data?.Contains("silo up") == true) up.TrySetResult(); };
            p.BeginErrorReadLine();
            started.Add(up.Task);
        }
        if (!Task.WaitAll(started.ToArray(), TimeSpan.FromSeconds(90))) throw new TimeoutException("silo processes did not start within 90 s");
        return cluster;
    }

    private Process Spawn(string file, string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        var p = Process.Start(info)!;
        p.OutputDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        _processes.Add(p);
        return p;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var p in _processes)
        {
            if (!p.HasExited) p.Kill(entireProcessTree: true);
            p.Dispose();
        }
        if (_data is not null) Directory.Delete(_data, recursive: true);
    }
}
