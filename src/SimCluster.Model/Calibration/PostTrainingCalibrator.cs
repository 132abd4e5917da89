using SimCluster.Model.PostTraining;
using SimCluster.Model.Progress;

namespace SimCluster.Model.Calibration;

/// <summary>
/// Calibrates the post-training terms of K = K_pre + ΔK_distill + ΔK_rl + ΔK_tt (docs/model.md §9-11, §18.1) on the
/// published ECI of named models in the frontier calibration table (Epoch AI's ECI table, repository
/// epoch-research/benchmark-stitching, Nov 2025 snapshot), released before <see cref="ReleasedBefore"/>. Each fit
/// uses pairs of models that differ in one term only, so the term's gain is a difference of two published ECIs and
/// does not depend on the K_pre fit, except for Phi-4, whose base was never released.
/// </summary>
/// <remarks>
/// Few pairs are public, so these are small fits: one pair fixes ρ, two budgets γ_K, two pairs f_d. They pin the
/// defaults to the data they came from and show how far each default is from it; they do not measure uncertainty.
/// </remarks>
public static class PostTrainingCalibrator
{
    /// <summary>Rows released at or after this year are not read, as in the K_pre fit.</summary>
    public const double ReleasedBefore = CapabilityCalibrator.ReleasedBefore;

    /// <summary>
    /// Tokens in an answer, turning a thinking budget into τ = budget / answer (assumption: ~1,000 tokens, so a 16K
    /// budget is τ = 16).
    /// </summary>
    public const double AnswerTokens = 1000;

    /// <summary>Claude 3.7 Sonnet without thinking, the test-time base.</summary>
    public const string ClaudeSonnet37 = "claude-3-7-sonnet-20250219";

    /// <summary>
    /// Claude 3.7 Sonnet's thinking runs and their budgets (Epoch AI Capabilities Index, claude-3-7-sonnet-20250219
    /// runs with thinking budgets; the table names them by suffix). Same weights as the base, so the ECI difference is
    /// test-time compute alone.
    /// </summary>
    public static IReadOnlyList<(string Model, double BudgetTokens)> ThinkingRuns { get; } =
        [(ClaudeSonnet37 + "_16K", 16_000), (ClaudeSonnet37 + "_64K", 64_000)];

    /// <summary>Fits ρ, γ_K and f_d and checks the o1 pairs; <paramref name="inputs"/> defaults to the design's constants.</summary>
    /// <exception cref="CalibrationDataException">When a named row is missing, lacks training compute, or a gain is out of the model's range.</exception>
    public static PostTrainingCalibrationResult Fit(IEnumerable<FrontierModel> rows, PostTrainingCalibrationInputs? inputs = null)
    {
        inputs ??= PostTrainingCalibrationInputs.Default;
        var table = new Rows(rows);
        return new PostTrainingCalibrationResult(
            FitRl(table, inputs), CheckO1(table, inputs), FitTestTime(table, inputs), FitDistillation(table, inputs), ReleasedBefore);
    }

    /// <summary>
    /// ρ from DeepSeek-V3 → DeepSeek-R1 (DeepSeek-AI 2025): R1 is RL on V3's weights, and its training compute in the
    /// table includes V3's pretraining, so its RL compute is R1's FLOP less V3's (about 6e23). H_0 and B are held, the
    /// sigmoid inverted for x, and ρ = X_rl/(x·C_pre) with X_rl = RL FLOP × m_rl at R1's release.
    /// </summary>
    private static RlMidpointFit FitRl(Rows table, PostTrainingCalibrationInputs inputs)
    {
        var rl = inputs.Rl;
        var v3 = table.Get("DeepSeek-V3");
        var r1 = table.Get("DeepSeek-R1");
        double pretrain = table.Flop(v3), rlFlop = table.Flop(r1) - pretrain;
        if (!(rlFlop > 0)) throw new CalibrationDataException($"{r1.Model}'s train_flop must exceed {v3.Model}'s (it includes the base's pretraining)");
        double efficiency = RlPostTraining.Efficiency(rl, inputs.Progress, r1.ReleaseYear);
        double x = SigmoidInverse(r1.Eci - v3.Eci, rl, r1.Model);
        double ratio = rlFlop * efficiency / (x * pretrain);
        double stock = rlFlop * efficiency;
        return new RlMidpointFit(
            v3.Model, r1.Model, v3.Eci, r1.Eci, pretrain, rlFlop, r1.ReleaseYear, efficiency, rl.HeadroomEci, rl.Steepness, ratio, rl.MidpointRatio,
            RlPostTraining.Gain(rl with { MidpointRatio = ratio }, rl.HeadroomEci, stock, pretrain),
            RlPostTraining.Gain(rl, rl.HeadroomEci, stock, pretrain));
    }

    /// <summary>
    /// o1-preview and o1 over GPT-4o (gpt-4o-2024-08-06, the GPT-4o of their time; OpenAI has not said which base they
    /// share): their RL compute is not public, so the check is the RL/C_pre ratio the defaults need. o1 is listed at
    /// both the high and medium reasoning efforts Epoch ran.
    /// </summary>
    private static IReadOnlyList<RlRatioCheck> CheckO1(Rows table, PostTrainingCalibrationInputs inputs)
    {
        var rl = inputs.Rl;
        var gpt4o = table.Get("gpt-4o-2024-08-06");
        return new[] { "o1-preview-2024-09-12", "o1-2024-12-17_high", "o1-2024-12-17_medium" }.Select(name =>
        {
            var o1 = table.Get(name);
            double gain = o1.Eci - gpt4o.Eci, efficiency = RlPostTraining.Efficiency(rl, inputs.Progress, o1.ReleaseYear);
            double? ratio = gain <= 0 ? 0
                : gain >= rl.HeadroomEci ? null
                : rl.MidpointRatio * SigmoidInverse(gain, rl, name) / efficiency;
            return new RlRatioCheck(gpt4o.Model, o1.Model, o1.ReleaseYear, gpt4o.Eci, o1.Eci, rl.HeadroomEci, efficiency, ratio);
        }).ToArray();
    }

    /// <summary>γ_K from Claude 3.7 Sonnet without thinking and at its 16K and 64K budgets.</summary>
    private static TestTimeFit FitTestTime(Rows table, PostTrainingCalibrationInputs inputs)
    {
        var baseRow = table.Get(ClaudeSonnet37);
        var points = ThinkingRuns.Select(run =>
        {
            var row = table.Get(run.Model);
            return new TestTimePoint(row.Model, run.BudgetTokens, run.BudgetTokens / AnswerTokens, row.Eci, row.Eci - baseRow.Eci);
        }).ToArray();
        double gamma = points.Sum(p => p.Gain * p.LogTau) / points.Sum(p => p.LogTau * p.LogTau);
        return new TestTimeFit(baseRow.Model, baseRow.Eci, AnswerTokens, points, gamma, inputs.TestTime.EciPerDecade);
    }

    /// <summary>
    /// f_d from two students. DeepSeek-V3-0324 is V3's pretraining post-trained again with R1's outputs (DeepSeek-AI
    /// 2025), so its K_pre is V3's published ECI and its teacher R1. Phi-4 (Abdin et al. 2024) was trained mostly on
    /// GPT-4o-generated synthetic data; its base was never released, so its K_pre is the capability index at its C_eq
    /// (training FLOP × the algorithmic-progress multiplier of its release), and its teacher is the GPT-4o of its time.
    /// The saturation term 1 − e^(−T/T_d) is taken as 1 (assumption: Phi-4's ~4e11 synthetic tokens give 0.98;
    /// V3-0324's count is not published and taken to be as large).
    /// </summary>
    private static DistillationFit FitDistillation(Rows table, PostTrainingCalibrationInputs inputs)
    {
        var v3 = table.Get("DeepSeek-V3");
        var r1 = table.Get("DeepSeek-R1");
        var v3March = table.Get("DeepSeek-V3-0324");
        var phi4 = table.Get("phi-4");
        var gpt4o = table.Get("gpt-4o-2024-11-20");
        double ceq = table.ChinchillaEquivalent(phi4, inputs.Progress);
        DistillationPair[] pairs =
        [
            new(v3March.Model, r1.Model, v3.Eci, $"{v3.Model} ECI", r1.Eci, v3March.Eci),
            new(phi4.Model, gpt4o.Model, inputs.Index.Pretraining(ceq), $"K_pre at C_eq {ceq:0.00e+00}", gpt4o.Eci, phi4.Eci),
        ];
        double sll = pairs.Sum(p => Math.Pow(Math.Max(0, p.Lead), 2));
        if (!(sll > 0)) throw new CalibrationDataException("no distillation pair has a teacher ahead of its student's K_pre; f_d is undefined");
        double f = pairs.Sum(p => p.Gain * Math.Max(0, p.Lead)) / sll;
        return new DistillationFit(pairs, f, inputs.Synthetic.DistillationFraction);
    }

    /// <summary>The x at which H_0·x^B/(1 + x^B) equals <paramref name="gain"/>.</summary>
    private static double SigmoidInverse(double gain, RlParameters rl, string model)
    {
        double share = gain / rl.HeadroomEci;
        if (!(share > 0 && share < 1))
            throw new CalibrationDataException($"{model}: an RL gain of {gain:F2} ECI is outside the sigmoid's range (0, H_0 = {rl.HeadroomEci})");
        return Math.Pow(share / (1 - share), 1 / rl.Steepness);
    }

    /// <summary>The table's rows released before <see cref="ReleasedBefore"/>, by exact model name.</summary>
    private sealed class Rows(IEnumerable<FrontierModel> rows)
    {
        private readonly Dictionary<string, FrontierModel> _byName = rows
            .Where(r => r.ReleaseYear < ReleasedBefore)
            .GroupBy(r => r.Model, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        public FrontierModel Get(string model) => _byName.TryGetValue(model, out var row) ? row
            : throw new CalibrationDataException($"no row for model '{model}' released before {ReleasedBefore} (the post-training calibration needs it)");

        public double Flop(FrontierModel row) => row.TrainFlop
            ?? throw new CalibrationDataException($"line {row.Line}: model '{row.Model}' has no train_flop (the post-training calibration needs it)");

        /// <summary>C_eq of the row, as the capability fit measures it (<see cref="CapabilityCalibrator.EffectiveCompute"/>).</summary>
        public double ChinchillaEquivalent(FrontierModel row, AlgorithmicProgressParameters progress)
        {
            Flop(row);
            return CapabilityCalibrator.EffectiveCompute(row, progress);
        }
    }
}
