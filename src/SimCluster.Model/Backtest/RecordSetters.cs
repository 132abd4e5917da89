using SimCluster.Model.Calibration;

namespace SimCluster.Model.Backtest;

/// <summary>
/// The real frontier: the models of a table that were the best on release by one metric. The table mixes frontier
/// models with small and open ones released the same month; comparing the simulated frontier with those would count
/// every small model as the simulator running ahead. A model is a record setter when its score is the best of its
/// release date (ties included) and at least the best score of every model released strictly before it: a smaller
/// sibling released the same day (Claude 3 Sonnet beside Opus, o1 at medium beside high effort) was not the frontier. The models of the table's first date set no
/// record: with nothing before them the table cannot say whether they were at the frontier (frontier-calibration.csv
/// opens with LLaMA-7B to 65B in February 2023, well behind GPT-3.5 and PaLM, which it does not list).
/// </summary>
public static class RecordSetters
{
    /// <summary>
    /// The record setters of <paramref name="table"/> by <paramref name="metric"/>, in release order (ties by line in
    /// the file). Models without a value for the metric (null) neither set nor raise the record.
    /// </summary>
    public static IReadOnlyList<FrontierModel> Of(IEnumerable<FrontierModel> table, Func<FrontierModel, double?> metric)
    {
        var setters = new List<FrontierModel>();
        var ordered = InReleaseOrder(table).ToArray();
        if (ordered.Length == 0) return setters;
        double firstDate = ordered[0].ReleaseYear;
        double best = double.NegativeInfinity;
        foreach (var sameDate in ordered.Where(m => metric(m) is not null).GroupBy(m => m.ReleaseYear))
        {
            // Every model of a date is judged against the record before that date; the date's best then raises it.
            double dateBest = sameDate.Max(m => metric(m)!.Value);
            if (sameDate.Key > firstDate && dateBest >= best) setters.AddRange(sameDate.Where(m => metric(m)!.Value == dateBest));
            best = Math.Max(best, dateBest);
        }
        return setters;
    }

    /// <summary>The table by release date, then by line: the order every backtest walks it in.</summary>
    public static IEnumerable<FrontierModel> InReleaseOrder(IEnumerable<FrontierModel> table) =>
        table.OrderBy(m => m.ReleaseYear).ThenBy(m => m.Line);
}
