using SimCluster.Model.Capability;
using SimCluster.Model.Hardware;
using SimCluster.Model.Readouts;
using SimCluster.Model.Scaling;

namespace SimCluster.Model.Estimation;

/// <summary>
/// The seeds' calculator: forward from (N, D) or C to loss, capability (K_pre, through the Chinchilla-equivalent
/// compute of the loss), GPQA, days and energy; inverse from a target GPQA to the compute-optimal model that reaches
/// it. Base models at 2024 algorithms only (no RL, no test-time compute, no distillation).
/// </summary>
public sealed class Estimator(LossConstants constants, CapabilityIndex capability, LogisticReadout gpqa, HardwareSetup hardware)
{
    // log10 FLOP range searched by the inverse: from toy models to far beyond any planetary budget.
    private const double MinLog10Flop = 10, MaxLog10Flop = 60;

    /// <summary>Forward from a given size.</summary>
    public Estimate FromSize(double parameters, double tokens)
    {
        double loss = ChinchillaLaw.Loss(constants, parameters, tokens);
        return Build(loss, ChinchillaLaw.TrainingFlop(parameters, tokens), parameters, tokens);
    }

    /// <summary>Forward from a compute budget, split compute-optimally.</summary>
    public Estimate FromCompute(double flop)
    {
        var (n, d) = ChinchillaLaw.ComputeOptimal(constants, flop);
        return FromSize(n, d);
    }

    /// <summary>Inverse: the compute-optimal model whose base GPQA is <paramref name="targetGpqa"/>.</summary>
    public Estimate ForTargetGpqa(double targetGpqa)
    {
        double k = gpqa.CapabilityAt(targetGpqa);
        if (double.IsPositiveInfinity(k))
            throw new EstimateException($"GPQA {targetGpqa} is at or above the benchmark's ceiling of {gpqa.Ceiling} (flawed questions): no compute reaches it");
        double log10 = Math.Log10(capability.ComputeFor(k));
        if (log10 > MaxLog10Flop)
            throw new EstimateException($"GPQA {targetGpqa} needs capability {k:0.0} ECI, which no compute up to 1e{MaxLog10Flop} FLOP reaches");
        return FromCompute(Math.Pow(10, Math.Max(MinLog10Flop, log10)));
    }

    private Estimate Build(double loss, double flop, double n, double d)
    {
        double k = capability.Pretraining(ChinchillaEquivalent.Compute(constants, loss));
        return new(loss, k, gpqa.Score(k), flop, n, d,
            TrainingRunCost.Days(flop, hardware.Gpus, hardware.GpuFlops, hardware.Mfu),
            TrainingRunCost.EnergyKwh(flop, hardware.GpuFlops, hardware.Mfu, hardware.GpuPowerKw, hardware.Pue));
    }
}

