using System.Text;

namespace SimCluster.Model.World;

/// <summary>Output column names as the CSV files spell them (<c>CostUsdCumulative</c> is <c>cost_usd_cumulative</c>), for messages.</summary>
public static class ColumnNames
{
    /// <summary>The snake_case name of a row property.</summary>
    public static string Name(string property)
    {
        var b = new StringBuilder(property.Length + 4);
        for (int i = 0; i < property.Length; i++)
        {
            if (char.IsUpper(property[i]) && i > 0) b.Append('_');
            b.Append(char.ToLowerInvariant(property[i]));
        }
        return b.ToString();
    }
}
