using System.Globalization;
using System.Text.Json;
using CsvHelper.Configuration;

namespace SimCluster.Cli.Outputs;

/// <summary>A CSV map writing every property of a record under its snake_case name (the column names of docs/model.md §15).</summary>
public sealed class SnakeCaseMap<T> : ClassMap<T>
{
    /// <summary>Maps every public property in declaration order.</summary>
    public SnakeCaseMap()
    {
        AutoMap(CultureInfo.InvariantCulture);
        foreach (var m in MemberMaps)
        {
            m.Data.Names.Clear();
            m.Data.Names.Add(JsonNamingPolicy.SnakeCaseLower.ConvertName(m.Data.Member!.Name));
        }
    }
}
