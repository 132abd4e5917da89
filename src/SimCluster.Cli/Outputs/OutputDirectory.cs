using System.Diagnostics;

namespace SimCluster.Cli.Outputs;

/// <summary>
/// Writes a command's output folder so that it is always either the previous complete run's or the new complete
/// run's: files are written into a hidden staging folder beside the target, and <see cref="Commit"/> swaps it into
/// place in one step (<see cref="DirectorySwap"/>). Nothing of an earlier run is left beside the new files, and an
/// interrupted or failed command leaves the target as it was (and no folder at all if there was none). A marker file
/// identifies folders SimCluster wrote: a folder holding anything else is never replaced (so `--out .` in a home folder
/// is refused rather than emptied). Staging folders of killed runs are removed by the next run into the same place.
/// </summary>
public sealed class OutputDirectory : IDisposable
{
    /// <summary>The file that marks a folder as SimCluster's output.</summary>
    public const string Marker = ".simcluster-output";

    private readonly string _staging;
    private readonly string? _createdRoot;
    private readonly List<string> _files = [];
    private readonly string _prefix = "";
    private readonly bool _isSubfolder;
    private bool _committed;

    /// <summary>Prepares to write <paramref name="path"/>; refuses a path that is not a folder SimCluster may replace.</summary>
    public OutputDirectory(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new UsageException("--out must name a folder; got an empty value");
        try
        {
            Path = System.IO.Path.GetFullPath(path);
            string name = System.IO.Path.GetFileName(Path.TrimEnd(System.IO.Path.DirectorySeparatorChar));
            string? parent = System.IO.Path.GetDirectoryName(Path.TrimEnd(System.IO.Path.DirectorySeparatorChar));
            if (name.Length == 0 || parent is null) throw new UsageException($"--out: {path} is not a folder SimCluster can replace; name a folder inside another");
            if (File.Exists(Path)) throw new UsageException($"--out: {path} is a file; name a folder");
            if (Directory.Exists(Path) && !File.Exists(System.IO.Path.Combine(Path, Marker)) && Directory.EnumerateFileSystemEntries(Path).Any())
                throw new UsageException($"--out: {path} holds files SimCluster did not write, and would be replaced; name an empty or new folder (nothing was written)");
            for (var d = new DirectoryInfo(parent); d is not null && !d.Exists; d = d.Parent) _createdRoot = d.FullName;
            Directory.CreateDirectory(parent);
            RemoveAbandonedStaging(parent, name);
            _staging = System.IO.Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(_staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"--out: cannot write to {path}: {e.Message}");
        }
    }

    // A subfolder shares its parent's staging folder and file list; the parent commits or removes it with the rest.
    private OutputDirectory(OutputDirectory parent, string subfolder)
    {
        Path = System.IO.Path.Combine(parent.Path, subfolder);
        _staging = parent._staging;
        _files = parent._files;
        _prefix = parent._prefix + subfolder + "/";
        _isSubfolder = true;
        _committed = true;
    }

    /// <summary>A folder inside this one, written with it (a grid sweep's cells): stage files into it, commit the parent.</summary>
    public OutputDirectory Subfolder(string name) => new(this, name);

    /// <summary>The output directory.</summary>
    public string Path { get; } = "";

    /// <summary>Path in the staging folder to write <paramref name="name"/> to.</summary>
    public string Stage(string name)
    {
        name = _prefix + name;
        _files.Add(name);
        string path = System.IO.Path.Combine(_staging, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>Puts the staged files in place of whatever the output directory held; returns their paths.</summary>
    public IReadOnlyList<string> Commit()
    {
        if (_isSubfolder) throw new InvalidOperationException("a subfolder is committed with the folder it is in");
        File.WriteAllText(System.IO.Path.Combine(_staging, Marker), $"written by simcluster {Runs.ProgramInfo.Version}; this folder is replaced as a whole by the next run into it\n");
        if (DirectorySwap.Replace(_staging, Path)) Directory.Delete(_staging, recursive: true);
        _committed = true;
        return _files.Select(f => System.IO.Path.Combine(Path, f)).ToArray();
    }

    /// <summary>Removes the staging folder of an unfinished run, and the folders created to hold it while they are empty:
    /// a command that does not finish leaves the file system as it found it.</summary>
    public void Dispose()
    {
        if (_committed) return;
        if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
        if (_createdRoot is null) return;
        for (var d = new DirectoryInfo(System.IO.Path.GetDirectoryName(_staging)!); d is not null && d.FullName.Length >= _createdRoot.Length; d = d.Parent)
        {
            try
            {
                if (!d.Exists || d.EnumerateFileSystemInfos().Any()) return;
                d.Delete();
            }
            catch (IOException)
            {
                return; // best effort: another run is using it
            }
        }
    }

    // ".NAME.staging-PID-GUID" beside the target, left by a process that was killed. A folder whose PID is alive is
    // left alone: it may be another run's (a reused PID only delays the clean-up).
    private static void RemoveAbandonedStaging(string parent, string name)
    {
        foreach (string dir in Directory.EnumerateDirectories(parent, $".{name}.staging-*"))
        {
            string rest = System.IO.Path.GetFileName(dir)[$".{name}.staging-".Length..];
            int dash = rest.IndexOf('-');
            if (dash > 0 && int.TryParse(rest[..dash], out int pid) && IsRunning(pid)) continue;
            try { Directory.Delete(dir, recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // another run's, or not ours to remove
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
