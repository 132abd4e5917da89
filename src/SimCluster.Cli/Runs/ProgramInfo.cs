using System.Reflection;

namespace SimCluster.Cli.Runs;

/// <summary>The program's name and version, written into every output so a result names what produced it.</summary>
public static class ProgramInfo
{
    /// <summary>"simcluster 0.1.0".</summary>
    public static string Version { get; } = "simcluster " +
        (typeof(ProgramInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0");
}
