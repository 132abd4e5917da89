using System.Diagnostics;
using System.Net.Sockets;

namespace SimCluster.Cli.Tests.Cluster;

/// <summary>A real redis-server (Debian package `redis-server`, installed by .ci/run) on a free loopback port, without persistence.</summary>
public sealed class RedisServer : IDisposable
{
    private readonly Process _process;

    private RedisServer(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The port it listens on.</summary>
    public int Port { get; }

    /// <summary>"127.0.0.1:PORT".</summary>
    public string Connection => $"127.0.0.1:{Port}";

    /// <summary>Whether redis-server is installed.</summary>
    public static bool Installed => File.Exists("/usr/bin/redis-server") || File.Exists("/usr/local/bin/redis-server");

    /// <summary>Starts one and waits until it accepts connections.</summary>
    public static RedisServer Start()
    {
        int port = Processes.FreePort();
        var process = Process.Start(new ProcessStartInfo("redis-server", ["--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var tcp = new TcpClient("127.0.0.1", port);
                return new RedisServer(process, port);
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
        process.Kill();
        throw new InvalidOperationException($"redis-server did not start on port {port}");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.Dispose();
    }
}
