using System.Globalization;
using CsvHelper;

namespace SimCluster.Cli.Outputs;

/// <summary>A CSV file written a few rows at a time (header first), as <see cref="CsvOutput"/> writes a whole one:
/// for files that grow with a sweep, which never sits in memory whole.</summary>
public sealed class CsvRows<T> : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly CsvWriter _csv;

    /// <summary>Creates <paramref name="path"/> and writes the header.</summary>
    public CsvRows(string path)
    {
        _writer = new StreamWriter(path);
        _csv = new CsvWriter(_writer, CultureInfo.InvariantCulture);
        _csv.Context.RegisterClassMap(new SnakeCaseMap<T>());
        _csv.WriteHeader<T>();
        _csv.NextRecord();
    }

    /// <summary>Appends <paramref name="rows"/>.</summary>
    public void Write(IEnumerable<T> rows)
    {
        foreach (var row in rows)
        {
            _csv.WriteRecord(row);
            _csv.NextRecord();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _csv.Dispose();
        _writer.Dispose();
    }
}
