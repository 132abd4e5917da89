using System.CommandLine;
using SimCluster.Model.Capability;
using SimCluster.Model.Readouts;
using SimCluster.Model.Estimation;

namespace SimCluster.Cli;

/// <summary>`simcluster estimate`: the seeds' calculator, forward and inverse.</summary>
public static class EstimateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter output)
    {
        var defaults = new HardwareSetup();
        var parameters = new NumberOption("--params", "Parameters N (with --tokens)", "a number > 0", NumberOption.Positive);
        var tokens = new NumberOption("--tokens", "Training tokens D (with --params)", "a number > 0", NumberOption.Positive);
        var compute = new NumberOption("--compute", "Training FLOP C, split compute-optimally", "a number > 0", NumberOption.Positive);
        var target = new NumberOption("--target-gpqa", "Inverse: the base-model GPQA (%) to reach", "a number in (25, 100)", v => v > 25 && v < 100);
        var gpus = new NumberOption("--gpus", "GPUs in the training fleet", "a number > 0", NumberOption.Positive, defaults.Gpus);
        var gpuFlops = new NumberOption("--gpu-flops", "Peak FLOP/s per GPU", "a number > 0", NumberOption.Positive, defaults.GpuFlops);
        var mfu = new NumberOption("--mfu", "Model FLOP utilisation", "a number in (0, 1]", v => v > 0 && v <= 1, defaults.Mfu);
        var power = new NumberOption("--gpu-power-kw", "System power per GPU in kW, node overhead included", "a number > 0", NumberOption.Positive, defaults.GpuPowerKw);
        var pue = new NumberOption("--pue", "Power usage effectiveness of the site", "a number in [1, 3]", v => v >= 1 && v <= 3, defaults.Pue);
        var constants = ConstantsOption.Create();
        var json = new Option<bool>("--json") { Description = "Print one JSON object: loss, gpqa, flop, params, tokens, days, energy_kwh" };

        var command = new Command("estimate",
            "Loss, capability (ECI), GPQA, compute, training days and energy of a model (forward: --params and --tokens, or --compute), " +
            "or the model that reaches a GPQA score (inverse: --target-gpqa). Base models: no RL, no test-time compute.");
        foreach (var o in new[] { parameters, tokens, compute, target, gpus, gpuFlops, mfu, power, pue }) command.Options.Add(o.Option);
        command.Options.Add(constants);
        command.Options.Add(json);

        command.SetAction(result =>
        {
            var hardware = new HardwareSetup(gpus.Get(result), gpuFlops.Get(result), mfu.Get(result), power.Get(result), pue.Get(result));
            var c = ConstantsOption.Get(result, constants);
            var estimator = new Estimator(c, CapabilityIndex.Default, ReadoutSet.Default.GpqaDiamond, hardware);
            double? n = parameters.Find(result), d = tokens.Find(result), flop = compute.Find(result), gpqa = target.Find(result);

            int modes = (n is not null || d is not null ? 1 : 0) + (flop is not null ? 1 : 0) + (gpqa is not null ? 1 : 0);
            if (modes != 1)
                throw new UsageException("give exactly one of: --params with --tokens, --compute, or --target-gpqa");
            if ((n is null) != (d is null))
                throw new UsageException(n is null ? "--params is required with --tokens: a number > 0" : "--tokens is required with --params: a number > 0");

            Estimate e;
            try
            {
                e = gpqa is { } g ? estimator.ForTargetGpqa(g) : flop is { } f ? estimator.FromCompute(f) : estimator.FromSize(n!.Value, d!.Value);
            }
            catch (EstimateException ex)
            {
                throw new UsageException($"--target-gpqa: {ex.Message}");
            }
            output.WriteLine(result.GetValue(json) ? Json.Write(e) : Render(e, c.Name, hardware));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Render(Estimate e, string constants, HardwareSetup hw) => string.Join(Environment.NewLine,
        $"constants  {constants}",
        $"loss       {Format.Fixed(e.Loss, 4)} nats/token",
        $"capability {Format.Fixed(e.Eci, 1)} ECI (base model, 2024 algorithms)",
        $"GPQA       {Format.Fixed(e.Gpqa, 1)} % (base model)",
        $"FLOP       {Format.Sig(e.Flop)}",
        $"params     {Format.Sig(e.Params)}",
        $"tokens     {Format.Sig(e.Tokens)} ({Format.Fixed(e.Tokens / e.Params, 1)} per parameter)",
        $"days       {Format.Fixed(e.Days, 1)} on {Format.Sig(hw.Gpus)} GPUs at {Format.Sig(hw.GpuFlops)} FLOP/s, MFU {Format.Sig(hw.Mfu)}",
        $"energy     {Format.Sig(e.EnergyKwh)} kWh ({Format.Fixed(e.EnergyKwh / 1e6, 2)} GWh at {Format.Sig(hw.GpuPowerKw)} kW/GPU, PUE {Format.Sig(hw.Pue)})");
}
