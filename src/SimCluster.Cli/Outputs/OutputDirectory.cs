namespace SimCluster.Cli.Outputs;

/// <summary>
/// Writes a command's files so an interrupted or failed run never leaves files that look finished: each file is
/// written into a hidden staging folder inside the output directory and moved into place only when every file is
/// complete. A run that never commits leaves the file system as it found it: the staging folder goes, and so do
/// the directories this object created for it, if nothing else was put in them.
/// </summary>
public sealed class OutputDirectory : IDisposable
{
    private readonly string _staging;
    private readonly string? _createdRoot;
    private readonly List<string> _files = [];
    private bool _committed;

    /// <summary>Creates <paramref name="path"/> if needed (early, so an unwritable --out fails before a long run) and a fresh staging folder in it.</summary>
    public OutputDirectory(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        for (var d = new DirectoryInfo(Path); d is not null && !d.Exists; d = d.Parent) _createdRoot = d.FullName;
        try
        {
            Directory.CreateDirectory(Path);
            _staging = System.IO.Path.Combine(Path, $".staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(_staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--out: cannot write to {path}: {e.Message}");
        }
    }

    /// <summary>The output directory.</summary>
    public string Path { get; }

    /// <summary>Path in the staging folder to write <paramref name="name"/> to.</summary>
    public string Stage(string name)
    {
        _files.Add(name);
        string path = System.IO.Path.Combine(_staging, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>Moves every staged file into the output directory, replacing older ones.</summary>
    public IReadOnlyList<string> Commit()
    {
        foreach (var name in _files)
        {
            string target = System.IO.Path.Combine(Path, name);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Move(System.IO.Path.Combine(_staging, name), target, overwrite: true);
        }
        Directory.Delete(_staging, recursive: true);
        _committed = true;
        return _files.Select(f => System.IO.Path.Combine(Path, f)).ToArray();
    }

    /// <summary>Removes the staging folder of an unfinished run, and the directories created for it while they are empty.</summary>
    public void Dispose()
    {
        if (_committed) return;
        if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
        if (_createdRoot is null) return;
        for (var d = new DirectoryInfo(Path); d is not null && d.FullName.Length >= _createdRoot.Length; d = d.Parent)
        {
            try
            {
                if (!d.Exists || d.EnumerateFileSystemInfos().Any()) return;
                d.Delete();
            }
            catch (IOException)
            {
                return; // best effort: someone else is using it
            }
        }
    }
}
