namespace SimCluster.Model.World;

/// <summary>
/// The calendar year every trend's parameters are given for (docs/model.md §1): algorithmic progress is 1 then, a
/// GPU's FLOP/s, price and power are 2024's, runs have their 2024 length, a dataset trend starts there. Anchoring to
/// the calendar, never to a scenario's start, lets a scenario starting in 2023 and one starting in 2024 see the same
/// world in 2025.
/// </summary>
public static class CalendarAnchor
{
    /// <summary>2024.</summary>
    public const double Year = 2024;
}
