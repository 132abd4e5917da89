using SimCluster.Model.Economics;
using SimCluster.Model.Hardware;
using SimCluster.Model.Scenarios;

namespace SimCluster.Model.World;

/// <summary>
/// A GPU cluster through a run (docs/model.md §3-4). Each step, at its start: retire old vintages, pay the energy of the
/// fleet in service, and spend the rest of the tenants' money (this step's budget plus what earlier steps banked) on
/// GPUs of this year's vintage, leaving room for the energy those new GPUs draw in the step. Purchases stop where the
/// cluster's installed power would grow faster than its build rate allows or pass the site's cap; the money left is
/// banked for later steps, not dropped. Spend stays within the money available unless the old fleet's energy alone
/// exceeds it (the fleet keeps running). Then the whole fleet runs the step.
/// Tenants share compute, energy, spend, GPUs, power and the bank in proportion to their budgets (one lab per cluster is
/// the usual case; sharing is the design's simplest reading of "the lab's capex buys GPUs").
/// Each step checks that the budgets, this year's GPU and the fleet's totals are finite; a run that compounds out
/// of range stops with a <see cref="ScenarioRunException"/> naming the field that drives the quantity.
/// </summary>
public sealed class ClusterRuntime
{
    private readonly ClusterTenant[] _tenants;
    private double _bankUsd;

    /// <summary>Creates the cluster with its initial fleet of start-year GPUs; <paramref name="at"/> is its place in the file (<c>clusters[1]</c>).</summary>
    public ClusterRuntime(ClusterSpec spec, double startYear, IEnumerable<ClusterTenant> tenants, string at)
    {
        Spec = spec;
        StartYear = startYear;
        At = at;
        _tenants = tenants.OrderBy(t => t.Lab, StringComparer.Ordinal).ToArray();
        Fleet = new Fleet(spec.Hardware);
        if (spec.InitialGpus > 0)
            Fleet.Add(new GpuVintage(startYear, spec.InitialGpus, HardwareTrends.PeakFlopsPerGpu(spec.Hardware, startYear),
                HardwareTrends.PowerPerGpuKw(spec.Hardware, startYear)));
    }

    /// <summary>The cluster's specification.</summary>
    public ClusterSpec Spec { get; }

    /// <summary>Scenario start year (budgets grow from it; hardware follows the calendar).</summary>
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
        // The build rate grows the power installed at the end of the last step, before this step's retirements.
        double installedMw = Fleet.PowerMw;
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
        double money = budget + _bankUsd;

        double opexExisting = Fleet.EnergyKwh(clock.StepHours) * energyPrice;
        double available = Math.Max(0, money - opexExisting);
        double gpuPrice = HardwareTrends.DeployedPriceUsd(hw, yearFrom);
        double gpuPowerKw = HardwareTrends.PowerPerGpuKw(hw, yearFrom);
        if (ClusterOverflow.Trend(At, hw, yearTo, HardwareTrends.PeakFlopsPerGpu(hw, yearFrom), gpuPrice, gpuPowerKw) is { } trend) throw trend;
        double gpuStepEnergyUsd = gpuPowerKw * hw.Pue * clock.StepHours * energyPrice;
        double toSpend = available * gpuPrice / (gpuPrice + gpuStepEnergyUsd);
        if (!double.IsFinite(toSpend)) throw ClusterOverflow.Fleet(At, Spec, _tenants, StartYear, yearTo, "spend on GPUs", toSpend);
        double maxPower = Spec.MaxPowerAfter(installedMw, clock.StepYears);
        double capex = Fleet.Purchase(yearFrom, toSpend, maxPower);
        var limit = money > 0 ? Limit(toSpend, capex, maxPower) : GrowthLimit.None;

        double flop = Fleet.DeliveredFlop(clock.StepSeconds);
        double energy = Fleet.EnergyKwh(clock.StepHours);
        double spend = capex + energy * energyPrice;
        _bankUsd = Math.Max(0, money - spend);
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
            shares[i] = new TenantShare(_tenants[i].Lab, w, flop * w, energy * w, spend * w, gpus * w, power * w, _bankUsd * w, limit);
        }
        return new ClusterStepResult(gpus, power, flop, energy, spend, shares);
    }

    // A purchase short of the money meant for it by more than round-off was stopped by a power limit: the cap when the
    // fleet reached it, else the build rate.
    private GrowthLimit Limit(double toSpend, double spent, double maxPower)
    {
        if (!(toSpend > 0)) return GrowthLimit.Budget; // the fleet's energy took all the money
        if (spent >= toSpend * (1 - 1e-9)) return GrowthLimit.Budget;
        return Spec.PowerCapMw is { } cap && maxPower >= cap * (1 - 1e-12) ? GrowthLimit.PowerCap : GrowthLimit.BuildRate;
    }
}
