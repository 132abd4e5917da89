using SimCluster.Model.Data;
using SimCluster.Model.Scenarios;

namespace SimCluster.Model.World;

/// <summary>
/// One human-data source through a run: its stock grows each step (docs/model.md §6) and, if exclusive, shrinks as labs
/// license it. Licensed tokens are counted in effective tokens; the stock they came from keeps growing, so
/// unlicensed = stock·q − licensed. A stock that compounds out of the computable range stops the run with a
/// <see cref="ScenarioRunException"/> at the field driving it.
/// </summary>
/// <param name="parameters">The source's parameters.</param>
/// <param name="at">Its place in the scenario file (<c>sources[2]</c>), for errors.</param>
public sealed class DataSourceRuntime(DataSourceParameters parameters, string at)
{
    /// <summary>The source's parameters.</summary>
    public DataSourceParameters Parameters { get; } = parameters;

    /// <summary>Its place in the scenario file, e.g. <c>sources[2]</c>.</summary>
    public string At { get; } = at;

    /// <summary>Raw tokens in the stock.</summary>
    public double RawStockTokens { get; private set; } = parameters.InitialStockTokens;

    /// <summary>Effective tokens licensed to labs so far (exclusive sources only).</summary>
    public double LicensedTokens { get; private set; }

    /// <summary>Phase 1: grow the stock over the step that starts at <paramref name="yearFrom"/>.</summary>
    public DataSourceSnapshot Advance(double yearFrom, double years)
    {
        RawStockTokens = DataStock.Advance(Parameters, RawStockTokens, yearFrom, years);
        if (!double.IsFinite(RawStockTokens)) throw StockOverflow(yearFrom + years, "the stock", RawStockTokens);
        LastGrantedTokens = 0;
        return Snapshot(yearFrom + years);
    }

    /// <summary>The source as labs see it at <paramref name="year"/>; empty before its first year.</summary>
    public DataSourceSnapshot Snapshot(double year)
    {
        double stock = year < Parameters.FirstYear ? 0 : DataStock.Effective(Parameters, RawStockTokens);
        double unlicensed = Parameters.Rivalry == Rivalry.Exclusive ? Math.Max(0, stock - LicensedTokens) : stock;
        return new(Parameters.Name, Parameters.Rivalry, stock, unlicensed, Parameters.PriceUsdPerToken / Parameters.Quality);
    }

    /// <summary>
    /// Phase 2, exclusive sources: grant every lab's request pro rata from what is unlicensed, once all requests
    /// are in (the caller passes them together). Grants are summed in lab-name order.
    /// </summary>
    public IReadOnlyDictionary<string, double> Allocate(double year, IReadOnlyDictionary<string, double> requests)
    {
        if (Parameters.Rivalry != Rivalry.Exclusive)
            throw new InvalidOperationException($"source '{Parameters.Name}' is public; only exclusive sources allocate");
        var grants = ExclusiveAllocation.Allocate(requests, Snapshot(year).UnlicensedTokens);
        double granted = 0;
        foreach (var (_, g) in grants) granted += g; // SortedDictionary: name order
        LicensedTokens += granted;
        LastGrantedTokens = granted;
        return grants;
    }

    /// <summary>Effective tokens granted in the current step (0 until it allocates).</summary>
    public double LastGrantedTokens { get; private set; }

    /// <summary>The source's row at the end of step <paramref name="step"/> (after any allocation in it).</summary>
    public SourceRow Row(int replicate, long step, double year)
    {
        var now = Snapshot(year);
        double granted = LastGrantedTokens;
        bool exclusive = Parameters.Rivalry == Rivalry.Exclusive;
        var row = new SourceRow(replicate, Parameters.Name, step, year, now.EffectiveStockTokens,
            exclusive ? now.UnlicensedTokens + granted : now.EffectiveStockTokens, granted, exclusive ? LicensedTokens : 0);
        if (FiniteRows.FirstNonFinite(row) is var (column, value)) throw StockOverflow(year, $"the source's {ColumnNames.Name(column)}", value);
        return row;
    }

    // Within its range new production cannot overflow in any run the validator allows; compounding growth can.
    private ScenarioRunException StockOverflow(double year, string what, double value)
    {
        bool growth = Parameters.GrowthFractionPerYear > 0;
        return new ScenarioRunException($"{At}.{(growth ? "growth_fraction_per_year" : "new_tokens_per_year")}", year,
            $"{what} left the range the model can compute ({Overflow.Show(value)} tokens)" +
            (growth ? $" growing {Overflow.Show(Parameters.GrowthFractionPerYear * 100)}% a year" : "") + $"; lower it {Overflow.OrEndEarlier}");
    }
}
