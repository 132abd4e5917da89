using System.Diagnostics;
using System.Net.Sockets;
using SimCluster.Silo;

namespace SimCluster.Cli.Tests.Cluster;

/// <summary>
/// A real redis-server (Debian package `redis-server`, installed by .ci/run) on a free loopback port. By default without
/// persistence: a restart comes back empty. <see cref="Start(bool)"/> with persistence writes every command to an
/// append-only file in a temporary data folder before answering, so a restart, even after kill -9, keeps everything.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private readonly string? _dataDir;
    private Process _process;

    private RedisServer(int port, string? dataDir)
    {
        Port = port;
        _dataDir = dataDir;
        _process = Launch();
    }

    /// <summary>The port it listens on, the same across restarts.</summary>
    public int Port { get; }

    /// <summary>"127.0.0.1:PORT".</summary>
    public string Connection => $"127.0.0.1:{Port}";

    /// <summary>Whether it keeps its data across restarts.</summary>
    public bool Persistent => _dataDir is not null;

    /// <summary>Whether redis-server is installed.</summary>
    public static bool Installed => File.Exists("/usr/bin/redis-server") || File.Exists("/usr/local/bin/redis-server");

    /// <summary>Starts one and waits until it accepts connections; with <paramref name="persistent"/>, appendonly and appendfsync always.</summary>
    public static RedisServer Start(bool persistent = false) =>
        new(FreePort.Next(), persistent ? Directory.CreateTempSubdirectory("simcluster-redis-").FullName : null);

    /// <summary>kill -9: no shutdown, no final save; returns once the process is gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill();
        _process.WaitForExit();
    }

    /// <summary>Starts it again on the same port (and data folder, when persistent) after <see cref="Kill"/>, and waits until it accepts connections.</summary>
    public void Restart()
    {
        Kill();
        _process.Dispose();
        _process = Launch();
    }

    private Process Launch()
    {
        string[] persistence = _dataDir is null
            ? ["--save", "", "--appendonly", "no"]
            : ["--save", "", "--appendonly", "yes", "--appendfsync", "always", "--dir", _dataDir];
        var process = Process.Start(new ProcessStartInfo("redis-server", ["--port", Port.ToString(), "--bind", "127.0.0.1", .. persistence])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (AnswersPing()) return process;
            Thread.Sleep(50);
        }
        if (!process.HasExited) process.Kill();
        throw new InvalidOperationException($"redis-server did not start on port {Port}");
    }

    /// <summary>Whether it answers PING with PONG: a server still loading its append-only file answers LOADING.</summary>
    private bool AnswersPing()
    {
        try
        {
            using var tcp = new TcpClient("127.0.0.1", Port) { ReceiveTimeout = 1000 };
            using var stream = tcp.GetStream();
            stream.Write("PING\r\n"u8);
            var reply = new byte[64];
            int n = stream.Read(reply);
            return System.Text.Encoding.ASCII.GetString(reply, 0, n).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.Dispose();
        if (_dataDir is not null)
        {
            try { Directory.Delete(_dataDir, recursive: true); }
            catch (IOException) { } // best effort, as TempDir
        }
    }
}
