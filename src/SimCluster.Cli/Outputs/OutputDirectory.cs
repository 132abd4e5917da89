namespace SimCluster.Cli.Outputs;

/// <summary>
/// Writes a command's files so an interrupted run never leaves files that look finished: each file is written into
/// a hidden staging folder inside the output directory and moved into place only when every file is complete.
/// </summary>
public sealed class OutputDirectory : IDisposable
{
    private readonly string _staging;
    private readonly List<string> _files = [];
    private bool _committed;

    /// <summary>Creates <paramref name="path"/> if needed and a fresh staging folder in it.</summary>
    public OutputDirectory(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
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

    /// <summary>Removes the staging folder of an unfinished run.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
    }
}
