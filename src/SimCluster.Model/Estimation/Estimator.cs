using MathNet.Numerics.RootFinding;
using SimCluster.Model.Capability;
using SimCluster.Model.Hardware;
using SimCluster.Model.Scaling;

namespace SimCluster.Model.Estimation;

/// <summary>
/// The seeds' calculator: forward from (N, D) or C to loss, GPQA, days and energy; inverse from a target GPQA
/// to the compute-optimal model that reaches it. Base models only (no RL, no test-time compute).
/// </summary>
public sealed class Estimator(LossConstants constants, IGpqaMapping mapping, HardwareSetup hardware)
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
        double loss = mapping.LossFor(targetGpqa);
        double Gap(double log10Flop) => ChinchillaLaw.OptimalLoss(constants, Math.Pow(10, log10Flop)) - loss;
        if (Gap(MaxLog10Flop) > 0)
            throw new EstimateException($"GPQA {targetGpqa} needs loss {loss:G4}, which no compute up to 1e{MaxLog10Flop} FLOP reaches with {constants.Name} (E = {constants.E})");
        if (Gap(MinLog10Flop) < 0)
            return FromCompute(Math.Pow(10, MinLog10Flop));
        double log10 = Brent.FindRoot(Gap, MinLog10Flop, MaxLog10Flop, 1e-12, 500);
        return FromCompute(Math.Pow(10, log10));
    }

    private Estimate Build(double loss, double flop, double n, double d) => new(
        loss,
        mapping.Gpqa(loss),
        flop,
        n,
        d,
        TrainingRunCost.Days(flop, hardware.Gpus, hardware.GpuFlops, hardware.Mfu),
        TrainingRunCost.EnergyKwh(flop, hardware.GpuFlops, hardware.Mfu, hardware.GpuPowerKw, hardware.Pue));
}
