namespace SimCluster.Model.Scenarios;

/// <summary>
/// The allowed range of every number a scenario sets, with why. Bounds are physically meaningful and leave room
/// for exploration far beyond any published estimate, but keep each value, and what the model derives from it in a
/// step, well inside the double range: a value in range can no longer overflow at the first step. (Compounding over
/// a long run still can; the runtimes stop such a run with a <see cref="ScenarioRunException"/>.)
/// Each parameter of the registry (<see cref="Parameters.ParameterRegistry"/>) names its range here.
/// </summary>
public static class ScenarioRanges
{
    private const string Finite = "a finite number";

    // The time grid.

    /// <summary>From the first electronic computers' era to three centuries on.</summary>
    public static readonly ValueRange StartYear = new("a year", 1900, 2300);

    /// <summary>From a fraction of a month to a decade per step.</summary>
    public static readonly ValueRange StepMonths = new("a number of months", 0, 120, MinOpen: true);

    // Sources (docs/model.md §6).

    /// <summary>All human text ever written is estimated below ~1e16 tokens; 1e20 leaves 10,000 times that.</summary>
    public static readonly ValueRange StockTokens = new("a number of tokens", 0, 1e20);

    /// <summary>Text stocks grow by percents a year (Villalobos et al. 2024: 0-10%); doubling every year is the most allowed.</summary>
    public static readonly ValueRange StockGrowth = new("a fraction per year", -1, 1, MinOpen: true);

    /// <summary>New production on the scale of the stocks themselves.</summary>
    public static readonly ValueRange NewTokensPerYear = new("a number of tokens per year", 0, 1e20);

    /// <summary>A fraction of raw tokens that count; at least one in a million, since a price per effective token divides by it.</summary>
    public static readonly ValueRange SourceQuality = new("effective tokens per raw token", 1e-6, 1);

    /// <summary>A dollar a token is about ten times what expert human writing costs; any price times any stock stays finite.</summary>
    public static readonly ValueRange TokenPrice = new("USD per token", 0, 1);

    // Clusters (docs/model.md §3).

    /// <summary>1e12 GPUs is a hundred per person alive; the world builds a few million data-centre GPUs a year.</summary>
    public static readonly ValueRange Gpus = new("a number of GPUs", 0, 1e12);

    /// <summary>1e8 MW (100 TW) is five times the world's total primary energy use (~19 TW).</summary>
    public static readonly ValueRange PowerCapMw = new("MW", 0, 1e8, MinOpen: true, Note: "(omit for no cap)");

    /// <summary>From a 1990s workstation (1e9 FLOP/s) to 100,000 times an H100 (1e15).</summary>
    public static readonly ValueRange PeakFlops = new("FLOP/s per GPU", 1e9, 1e20);

    /// <summary>
    /// Hardware trends double every 2-3 years (Epoch; Hobbhahn and Besiroglu 2022). 0.1 years is twenty times faster
    /// than any observed, and keeps a year's growth factor at most 2^10; 1000 years is no trend at all.
    /// </summary>
    public static readonly ValueRange DoublingYears = new("years", 0.1, 1000);

    /// <summary>From a dollar to a billion dollars per GPU; the lower bound keeps the GPUs a budget buys finite.</summary>
    public static readonly ValueRange GpuPrice = new("USD", 1, 1e9);

    /// <summary>From a watt to a megawatt per GPU (an H100 node: ~1 kW per GPU).</summary>
    public static readonly ValueRange GpuPowerKw = new("kW", 1e-3, 1e3);

    /// <summary>Servers and networking per dollar of chips: none to ten times the chips' price (Cottier et al. 2024: ~0.3-0.5).</summary>
    public static readonly ValueRange AcceleratorOverhead = new("a fraction of the chip price", 0, 10);

    /// <summary>Power per GPU has risen a few percent a year (Epoch AI 2024); halving or doubling a year brackets anything plausible.</summary>
    public static readonly ValueRange PowerGrowth = new("a fraction per year", -0.5, 1);

    /// <summary>From 1e9 FLOP/J (a 1990s workstation) to 1e20, far past Landauer-scale estimates for irreversible logic.</summary>
    public static readonly ValueRange FlopPerJoule = new("FLOP per joule", 1e9, 1e20);

    /// <summary>1 is no growth; 100x a year is fifty times the fastest build-out on record (Pilz et al. 2025: ~2x/yr).</summary>
    public static readonly ValueRange BuildRate = new("a factor per year", 1, 100);

    /// <summary>Up to 1e6 MW (1 TW) a year, about the world's yearly additions of all generating capacity.</summary>
    public static readonly ValueRange MinBuildMw = new("MW per year", 0, 1e6);

    /// <summary>Model FLOP utilisation.</summary>
    public static readonly ValueRange Mfu = new("a fraction", 0, 1, MinOpen: true);

    /// <summary>Power usage effectiveness: 1 is perfect, the worst data centres are near 3.</summary>
    public static readonly ValueRange Pue = new("a number", 1, 3);

    /// <summary>Data-centre GPUs serve a few years; none has served a century.</summary>
    public static readonly ValueRange RetirementYears = new("years", 0, 100, MinOpen: true);

    // Labs (docs/model.md §4, §14).

    /// <summary>A share of a lab's compute; the four shares of a split also sum to 1.</summary>
    public static readonly ValueRange Share = new("a fraction", 0, 1);

    /// <summary>Gross world product is ~1.1e14 USD a year; 1e15 is about ten times it.</summary>
    public static readonly ValueRange BudgetUsdPerYear = new("USD per year", 0, 1e15, MinOpen: true);

    /// <summary>Frontier training cost grows 2-3x a year (Epoch); 10x a year sustained is beyond any spending ever seen.</summary>
    public static readonly ValueRange BudgetGrowth = new("a factor per year", 0, 10, MinOpen: true);

    /// <summary>The largest datasets grow 2-3x a year (Villalobos et al. 2024: 2.38x); 10x a year is far beyond it, and below 1 they shrink.</summary>
    public static readonly ValueRange DatasetGrowth = new("a factor per year", 0, 10, MinOpen: true);

    /// <summary>The last year a scenario may simulate: two to five centuries on, far past any horizon the model's trends mean anything at.</summary>
    public const double LastYear = 2500;

    /// <summary>The longest training run: ten years, far beyond the months a frontier run takes.</summary>
    public const double MaxTrainingRunMonths = 120;

    /// <summary>1 is no growth; 3x a year is twice the fastest trend on record (Epoch AI 2025: 1.4x/yr).</summary>
    public static readonly ValueRange RunLengthGrowth = new("a factor per year", 1, 3);

    /// <summary>A month to ten years.</summary>
    public static readonly ValueRange MaxRunMonths = new("months", 1, MaxTrainingRunMonths);

    /// <summary>From release at the run's end to five years of post-training and evaluation.</summary>
    public static readonly ValueRange ReleaseLagMonths = new("months", 0, 60);

    /// <summary>The years a scenario can span.</summary>
    public static readonly ValueRange BreakYear = new("a year", 1900, LastYear);

    /// <summary>Industrial power costs ~0.08 USD/kWh; 10 is over a hundred times that.</summary>
    public static readonly ValueRange EnergyPrice = new("USD per kWh", 0, 10);

    /// <summary>From one parameter to 2.5 million times Llama 3.1 405B.</summary>
    public static readonly ValueRange ModelParams = new("a number of parameters", 1, 1e18);

    /// <summary>Training tokens on the scale of the largest stocks.</summary>
    public static readonly ValueRange ModelTokens = new("a number of tokens", 1, 1e20);

    // World: the loss law (docs/model.md §7) and GPQA mapping (docs/model.md §12).

    /// <summary>A uniform guess over a 10^8-token vocabulary costs 18.4 nats; published E are 1.7-1.8.</summary>
    public static readonly ValueRange LossNats = new("nats", 0, 20);

    /// <summary>
    /// Published coefficients are 400-2100. With the exponents' bounds this keeps the compute-optimal constant
    /// G = (αA/(βB))^(1/(α+β)) within about 1e±77, so the optimal model size of any finite compute is finite.
    /// </summary>
    public static readonly ValueRange LossCoefficient = new(Finite, 1, 1e6);

    /// <summary>Published exponents are 0.07-0.37 (Kaplan et al. 2020 to Besiroglu et al. 2024).</summary>
    public static readonly ValueRange LossExponent = new(Finite, 0.05, 2);

    // World: algorithmic progress (docs/model.md §5), synthetic data (§9), RL (§10), test time (§11).

    /// <summary>Ho et al. 2024: 8 months, 95% CI 5-14; 0.1 months (three days) is far outside it. Progress compounding
    /// past what a double holds over a long run is stopped by the runtime, naming this section.</summary>
    public static readonly ValueRange ProgressDoublingMonths = new("months", 0.1, double.PositiveInfinity, Note: "(.inf for no progress)");

    /// <summary>A year is a sharp slowdown; infinity keeps the 2024 pace forever.</summary>
    public static readonly ValueRange SlowdownHalfLife = new("years", 1, double.PositiveInfinity, Note: "(.inf for no slowdown)");

    /// <summary>0 leaves tokens as they are; 1 would put all progress into data, none into parameters.</summary>
    public static readonly ValueRange DataEfficiencyShare = new("a fraction", 0, 1);

    /// <summary>From a million verified tokens to all the text there could be.</summary>
    public static readonly ValueRange VerifiedCapTokens = new("a number of tokens", 1e6, 1e20);

    /// <summary>From a million tokens to far beyond any synthetic corpus.</summary>
    public static readonly ValueRange DistillationTokens = new("a number of tokens", 1e6, 1e20);

    /// <summary>RL reasoning arrived in 2024 (o1-preview); any year on the scenario's own scale.</summary>
    public static readonly ValueRange ArrivalYear = new("a year", 1900, 2300);

    /// <summary>Months, like algorithmic progress's doubling; .inf for RL that never gets cheaper.</summary>
    public static readonly ValueRange RlDoublingMonths = new("months", 1, double.PositiveInfinity, Note: "(.inf for no progress)");

    /// <summary>Headroom per 10x environment compute; 100 would span the whole scale in one decade.</summary>
    public static readonly ValueRange SimulationHeadroom = new("ECI points per 10x compute", 0, 100);

    /// <summary>From a toy environment to far beyond any planetary budget.</summary>
    public static readonly ValueRange SimulationReferenceFlop = new("FLOP", 1, 1e40);

    /// <summary>Sampling alone costs one forward pass a token (1); verification multiplies it, by 4 in the design.</summary>
    public static readonly ValueRange VerificationFactor = new("a FLOP multiple", 1, 1e6);

    /// <summary>The generator's size relative to the lab's model; at least a millionth, since the tokens a FLOP buys divide by it.</summary>
    public static readonly ValueRange GeneratorFraction = new("a fraction", 1e-6, 1);

    /// <summary>Saturation scale; 1 in the design.</summary>
    public static readonly ValueRange SaturationSigma = new("a factor", 0, 1e6, MinOpen: true);

    /// <summary>Effective tokens per synthetic token.</summary>
    public static readonly ValueRange SyntheticQuality = new("effective tokens per synthetic token", 0, 1, MinOpen: true);

    /// <summary>κ is 0.057 of the reducible loss per generation in the design; 1 doubles it in one fully synthetic generation.</summary>
    public static readonly ValueRange CollapseKappa = new("a fraction of the reducible loss per generation", 0, 1);

    /// <summary>H_0 is 15 ECI points; 200 is more than the whole span from GPT-2 to today's frontier.</summary>
    public static readonly ValueRange RlHeadroom = new("ECI points", 0, 200);

    /// <summary>ρ is 0.39 calibrated (DeepSeek-R1); a million times pretraining compute is beyond any RL run.</summary>
    public static readonly ValueRange RlMidpointRatio = new("a fraction of pretraining compute", 0, 1e6, MinOpen: true);

    /// <summary>B_rl is 1.6 calibrated; 100 is a step function.</summary>
    public static readonly ValueRange RlSteepness = new(Finite, 0, 100, MinOpen: true);

    /// <summary>The seeds put world simulation at 10-100 times the compute of passive data.</summary>
    public static readonly ValueRange EnvironmentCost = new("a compute multiple", 0, 1e6);

    /// <summary>1 is off; a billion times the tokens is nine decades of thinking.</summary>
    public static readonly ValueRange ThinkingMultiplier = new("a factor", 1, 1e9, Note: "(1 = off)");

    /// <summary>γ_K is 1.69 ECI per decade (Claude 3.7 Sonnet); 100 would span the whole scale in one decade.</summary>
    public static readonly ValueRange TestTimeEciPerDecade = new("ECI points per 10x thinking tokens", 0, 100);

    /// <summary>The fit gives −123 ± 15; ±1000 ECI leaves room for any refit on another data set or loss law.</summary>
    public static readonly ValueRange CapabilityIntercept = new("ECI points", -1000, 1000);

    /// <summary>The fit gives 9.9 ± 0.6 ECI per 10x; above 0 so capability rises with compute, 100 is ten times any fit.</summary>
    public static readonly ValueRange CapabilitySlope = new("ECI points per 10x compute", 0, 100, MinOpen: true);
}
