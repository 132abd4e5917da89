using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
using SimCluster.Model.Scenarios;

namespace SimCluster.Model.World;

/// <summary>
/// A GPU cluster through a run (DESIGN 3.1-3.2). Each step, at its start: retire old vintages, pay the energy of the
/// fleet in service, and spend the rest of the tenants' budget on GPUs of this year's vintage, leaving room for the
/// energy those new GPUs draw in the step, so spend stays within budget unless the old fleet's energy alone
/// exceeds it (the fleet keeps running). Then the whole fleet runs the step.
/// Tenants share compute, energy, spend, GPUs and power in proportion to their budgets (one lab per cluster is the
/// usual case; sharing is the design's simplest reading of "the lab's capex buys GPUs").
/// </summary>
public sealed class ClusterRuntime
{
    private readonly ClusterTenant[] _tenants;

    /// <summary>Creates the cluster with its initial fleet of start-year GPUs.</summary>
    public ClusterRuntime(ClusterSpec spec, double startYear, IEnumerable<ClusterTenant> tenants)
    {
        Spec = spec;
        StartYear = startYear;
        _tenants = tenants.OrderBy(t => t.Lab, StringComparer.Ordinal).ToArray();
        Fleet = new Fleet(spec.Hardware, startYear, spec.PowerCapMw);
        if (spec.InitialGpus > 0)
            Fleet.Add(new GpuVintage(startYear, spec.InitialGpus, HardwareTrends.PeakFlopsPerGpu(spec.Hardware, startYear, startYear),
                HardwareTrends.PowerPerGpuKw(spec.Hardware, startYear, startYear)));
    }

    /// <summary>The cluster's specification.</summary>
    public ClusterSpec Spec { get; }

    /// <summary>Scenario start year.</summary>
    public double StartYear { get; }

    /// <summary>The fleet in service.</summary>
    public Fleet Fleet { get; }

    /// <summary>Tenants in lab-name order.</summary>
    public IReadOnlyList<ClusterTenant> Tenants => _tenants;

    /// <summary>Phase 1: buys, retires and runs the fleet over the step starting at <paramref name="yearFrom"/>.</summary>
    public ClusterStepResult Advance(double yearFrom, StepClock clock)
    {
        Fleet.Retire(yearFrom);
        var hw = Spec.Hardware;

        double budget = 0, weightedPrice = 0;
        var budgets = new double[_tenants.Length];
        for (int i = 0; i < _tenants.Length; i++)
        {
            budgets[i] = Budget.UsdPerYear(_tenants[i].Budget, StartYear, yearFrom) * clock.StepYears;
            budget += budgets[i];
            weightedPrice += budgets[i] * _tenants[i].Budget.EnergyPriceUsdPerKwh;
        }
        double energyPrice = budget > 0 ? weightedPrice / budget : 0;

        double opexExisting = Fleet.EnergyKwh(clock.StepHours) * energyPrice;
        double available = Math.Max(0, budget - opexExisting);
        double gpuPrice = HardwareTrends.GpuPriceUsd(hw, StartYear, yearFrom);
        double gpuStepEnergyUsd = HardwareTrends.PowerPerGpuKw(hw, StartYear, yearFrom) * hw.Pue * clock.StepHours * energyPrice;
        double capex = Fleet.Purchase(yearFrom, available * gpuPrice / (gpuPrice + gpuStepEnergyUsd));

        double flop = Fleet.DeliveredFlop(clock.StepSeconds);
        double energy = Fleet.EnergyKwh(clock.StepHours);
        double spend = capex + energy * energyPrice;
        double gpus = Fleet.Gpus, power = Fleet.PowerMw;

        var shares = new TenantShare[_tenants.Length];
        for (int i = 0; i < _tenants.Length; i++)
        {
            double w = budget > 0 ? budgets[i] / budget : 1.0 / _tenants.Length;
            shares[i] = new TenantShare(_tenants[i].Lab, w, flop * w, energy * w, spend * w, gpus * w, power * w);
        }
        return new ClusterStepResult(gpus, power, flop, energy, spend, shares);
    }
}
