using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
using SimCluster.Model.Scenarios;

namespace SimCluster.Model.World;

/// <summary>
/// A GPU cluster through a run (docs/model.md §3-4). Each step, at its start: retire old vintages, pay the energy of the
/// fleet in service, and spend the rest of the tenants' budget on GPUs of this year's vintage, leaving room for the
/// energy those new GPUs draw in the step, so spend stays within budget unless the old fleet's energy alone
/// exceeds it (the fleet keeps running). Then the whole fleet runs the step.
/// Tenants share compute, energy, spend, GPUs and power in proportion to their budgets (one lab per cluster is the
/// usual case; sharing is the design's simplest reading of "the lab's capex buys GPUs").
/// Each step checks that the budgets, this year's GPU and the fleet's totals are finite; a run that compounds out
/// of range stops with a <see cref="ScenarioRunException"/> naming the field that drives the quantity.
/// </summary>
public sealed class ClusterRuntime
{
    private readonly ClusterTenant[] _tenants;

    /// <summary>Creates the cluster with its initial fleet of start-year GPUs; <paramref name="at"/> is its place in the file (<c>clusters[1]</c>).</summary>
    public ClusterRuntime(ClusterSpec spec, double startYear, IEnumerable<ClusterTenant> tenants, string at)
    {
        Spec = spec;
        StartYear = startYear;
        At = at;
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

    /// <summary>Its place in the scenario file, e.g. <c>clusters[1]</c>.</summary>
    public string At { get; }

    /// <summary>The fleet in service.</summary>
    public Fleet Fleet { get; }

    /// <summary>Tenants in lab-name order.</summary>
    public IReadOnlyList<ClusterTenant> Tenants => _tenants;

    /// <summary>Phase 1: buys, retires and runs the fleet over the step starting at <paramref name="yearFrom"/>.</summary>
    public ClusterStepResult Advance(double yearFrom, StepClock clock)
    {
        Fleet.Retire(yearFrom);
        var hw = Spec.Hardware;
        double yearTo = yearFrom + clock.StepYears;

        double budget = 0, weightedPrice = 0;
        var budgets = new double[_tenants.Length];
        for (int i = 0; i < _tenants.Length; i++)
        {
            budgets[i] = Budget.UsdPerYear(_tenants[i].Budget, StartYear, yearFrom) * clock.StepYears;
            if (!double.IsFinite(budgets[i]))
                throw Overflow.Budget(_tenants[i].At, _tenants[i].Budget, StartYear, yearTo, "the lab's budget", budgets[i] / clock.StepYears);
            budget += budgets[i];
            weightedPrice += budgets[i] * _tenants[i].Budget.EnergyPriceUsdPerKwh;
        }
        double energyPrice = budget > 0 ? weightedPrice / budget : 0;

        double opexExisting = Fleet.EnergyKwh(clock.StepHours) * energyPrice;
        double available = Math.Max(0, budget - opexExisting);
        double gpuPrice = HardwareTrends.GpuPriceUsd(hw, StartYear, yearFrom);
        double gpuPowerKw = HardwareTrends.PowerPerGpuKw(hw, StartYear, yearFrom);
        if (ClusterOverflow.Trend(At, hw, yearTo, HardwareTrends.PeakFlopsPerGpu(hw, StartYear, yearFrom), gpuPrice, gpuPowerKw) is { } trend) throw trend;
        double gpuStepEnergyUsd = gpuPowerKw * hw.Pue * clock.StepHours * energyPrice;
        double toSpend = available * gpuPrice / (gpuPrice + gpuStepEnergyUsd);
        if (!double.IsFinite(toSpend)) throw ClusterOverflow.Fleet(At, Spec, _tenants, StartYear, yearTo, "spend on GPUs", toSpend);
        double capex = Fleet.Purchase(yearFrom, toSpend);

        double flop = Fleet.DeliveredFlop(clock.StepSeconds);
        double energy = Fleet.EnergyKwh(clock.StepHours);
        double spend = capex + energy * energyPrice;
        double gpus = Fleet.Gpus, power = Fleet.PowerMw;
        if (!(double.IsFinite(gpus) && double.IsFinite(flop) && double.IsFinite(energy) && double.IsFinite(power) && double.IsFinite(spend)))
        {
            var (what, value) = !double.IsFinite(gpus) ? ("GPUs in service", gpus) : !double.IsFinite(flop) ? ("FLOP in a step", flop)
                : !double.IsFinite(energy) ? ("energy in a step", energy) : !double.IsFinite(power) ? ("power", power) : ("spend in a step", spend);
            throw ClusterOverflow.Fleet(At, Spec, _tenants, StartYear, yearTo, what, value);
        }

        var shares = new TenantShare[_tenants.Length];
        for (int i = 0; i < _tenants.Length; i++)
        {
            double w = budget > 0 ? budgets[i] / budget : 1.0 / _tenants.Length;
            shares[i] = new TenantShare(_tenants[i].Lab, w, flop * w, energy * w, spend * w, gpus * w, power * w);
        }
        return new ClusterStepResult(gpus, power, flop, energy, spend, shares);
    }
}
