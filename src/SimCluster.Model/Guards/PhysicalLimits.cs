namespace SimCluster.Model.Guards;

/// <summary>
/// What the world can supply (docs/model.md §3.3), against which <see cref="SanityGuards"/> judge a run. These are not
/// scenario parameters: a scenario may assume anything, and the guards say when what it assumed could not happen.
/// </summary>
public static class PhysicalLimits
{
    /// <summary>Gross world product in 2024, USD: ~1.1e14 (IMF World Economic Outlook 2024: USD 110 trillion).</summary>
    public const double GrossWorldProduct2024Usd = 1.1e14;

    /// <summary>Real growth of gross world product: 3%/yr (IMF: ~3.2% in 2024; assumption for later years).</summary>
    public const double GrossWorldProductGrowthPerYear = 0.03;

    /// <summary>The most one lab can plausibly spend a year: 1% of gross world product (assumption; about the world's
    /// whole yearly semiconductor revenue in 2024).</summary>
    public const double MaxLabShareOfGwp = 0.01;

    /// <summary>The most power one cluster can draw: 50 GW, ~10% of US generating capacity (EIA: ~1,300 GW nameplate, ~480 GW average load).</summary>
    public const double MaxClusterPowerMw = 50_000;

    /// <summary>The CMOS limit on FLOP per joule: 4.7e15 (Ho, Erdil &amp; Besiroglu 2023, FP4 geometric mean).</summary>
    public const double CmosFlopPerJoule = 4.7e15;

    /// <summary>Gross world product at <paramref name="year"/>, USD/yr.</summary>
    public static double GrossWorldProductUsd(double year) =>
        GrossWorldProduct2024Usd * Math.Pow(1 + GrossWorldProductGrowthPerYear, year - 2024);
}
