using SimCluster.Model.Calibration;
using SimCluster.Model.Capability;
using SimCluster.Model.PostTraining;
using SimCluster.Model.Progress;
using SimCluster.Model.Synthetic;

namespace SimCluster.Model.Tests.Validation;

/// <summary>
/// docs/model.md §18.1: the post-training defaults (ρ in <see cref="RlParameters"/>, γ_K in
/// <see cref="TestTimeParameters"/>, f_d in <see cref="SyntheticDataParameters"/>) must stay within a stated tolerance
/// of the fits <see cref="PostTrainingCalibrator"/> makes on frontier-calibration.csv (Epoch AI's ECI table), and
/// reproduce the pairs they were fitted to about as well as the fits do.
/// </summary>
public sealed class PostTrainingCalibrationTests
{
    /// <summary>The default ρ may differ from DeepSeek-V3 → R1's by this share.</summary>
    private const double RhoRelativeTolerance = 0.05;

    /// <summary>The default γ_K may differ from the fit by this many ECI points per decade.</summary>
    private const double GammaTolerance = 0.05;

    /// <summary>The default f_d may differ from the capped fit by this much.</summary>
    private const double FractionTolerance = 0.1;

    /// <summary>
    /// Largest miss on a distillation pair, ECI: √2 × the fit's RMSE of 1.48 on its two pairs is 2.09, the most a
    /// two-pair fit at that RMSE can miss one pair by, rounded up.
    /// </summary>
    private const double DistillationPairTolerance = 2.5;

    private static readonly Lazy<IReadOnlyList<FrontierModel>> FrontierRows = new(SharedData.FrontierRows);

    private static IReadOnlyList<FrontierModel> Rows => FrontierRows.Value;

    [Fact]
    public void Default_rho_is_within_five_percent_of_DeepSeek_R1s_and_misses_its_gain_by_little()
    {
        var rl = PostTrainingCalibrator.Fit(Rows).Rl;
        Assert.Equal(RlParameters.Default.MidpointRatio, rl.DefaultMidpointRatio);
        Assert.InRange(rl.MidpointRatio, 0.453, 0.463); // 0.458 with RL efficiency counted from its 2024.6 arrival
        Assert.True(Math.Abs(rl.DefaultRelativeDifference) <= RhoRelativeTolerance, $"ρ fitted {rl.MidpointRatio:F4}, default {rl.DefaultMidpointRatio}");
        // One pair, one constant: the fit reproduces the gain exactly, through the model's own RlPostTraining.Gain.
        Assert.Equal(5.65, rl.Gain, 6);
        Assert.Equal(0, rl.Residual, 9);
        Assert.InRange(rl.RlFlop, 6.0e23, 6.3e23);
        // A 5% change of ρ moves a gain of 5.65 points by about 0.2: the default's miss must be smaller.
        Assert.True(Math.Abs(rl.DefaultResidual) < 0.2, $"default ρ misses R1's gain by {rl.DefaultResidual:F3}");
    }

    [Fact]
    public void O1_gains_over_GPT_4o_stay_below_the_headroom_with_plausible_RL_ratios()
    {
        var checks = PostTrainingCalibrator.Fit(Rows).RlChecks;
        Assert.Equal(["o1-preview-2024-09-12", "o1-2024-12-17_high", "o1-2024-12-17_medium"], checks.Select(c => c.ReasonerModel));
        Assert.All(checks, c => Assert.True(c.BelowHeadroom, $"{c.ReasonerModel}: gain {c.Gain:F2} ≥ H_0 {c.Headroom}"));
        Assert.All(checks, c => Assert.NotNull(c.ImpliedRatio));
        // RL at a few tenths of pretraining: more for o1 than for o1-preview, and never more RL than pretraining.
        Assert.InRange(checks[0].ImpliedRatio!.Value, 0.25, 0.32);
        Assert.InRange(checks[1].ImpliedRatio!.Value, 0.55, 0.65);
        Assert.InRange(checks[2].ImpliedRatio!.Value, 0.55, 0.65);
    }

    [Fact]
    public void Default_gamma_is_within_0_05_of_Claude_3_7_Sonnets_thinking_budgets()
    {
        var tt = PostTrainingCalibrator.Fit(Rows).TestTime;
        Assert.Equal(TestTimeParameters.Default.EciPerDecade, tt.DefaultEciPerDecade);
        Assert.Equal([16.0, 64.0], tt.Points.Select(p => p.Tau));
        Assert.Equal(1.683, tt.EciPerDecade, 3);
        Assert.True(Math.Abs(tt.DefaultEciPerDecade - tt.EciPerDecade) <= GammaTolerance, $"γ_K fitted {tt.EciPerDecade:F3}, default {tt.DefaultEciPerDecade}");
        Assert.InRange(tt.Rmse, 0.03, 0.045);
        // The defaults reproduce the budgets within the fit's RMSE plus what the γ tolerance allows at τ = 64.
        Assert.True(tt.DefaultRmse <= tt.Rmse + GammaTolerance * Math.Log10(64), $"default RMSE {tt.DefaultRmse:F3} vs fit {tt.Rmse:F3}");
        Assert.All(tt.Points, p => Assert.True(Math.Abs(p.Residual(tt.DefaultEciPerDecade)) <= 0.1, $"{p.Model}: {p.Residual(tt.DefaultEciPerDecade):F3}"));
        // The model's own gain function agrees with the fit's prediction.
        var at64 = TestTimeParameters.Default with { ThinkingMultiplier = 64 };
        Assert.Equal(tt.Points[1].Predicted(tt.DefaultEciPerDecade), TestTimeCompute.Gain(at64, RlParameters.Default, 2025.146), 9);
    }

    [Fact]
    public void Default_distillation_fraction_is_within_0_1_of_the_capped_fit_and_reproduces_both_pairs()
    {
        var d = PostTrainingCalibrator.Fit(Rows).Distillation;
        Assert.Equal(SyntheticDataParameters.Default.DistillationFraction, d.DefaultFraction);
        Assert.Equal(["DeepSeek-V3-0324", "phi-4"], d.Pairs.Select(p => p.Student));
        Assert.InRange(d.Unconstrained, 0.95, 1.05);
        Assert.True(d.Fraction <= 1);
        Assert.True(Math.Abs(d.DefaultFraction - d.Fraction) <= FractionTolerance, $"f_d fitted {d.Fraction:F3}, default {d.DefaultFraction}");
        Assert.InRange(d.Rmse, 1.4, 1.55);
        Assert.True(d.DefaultRmse <= d.Rmse + 0.05, $"default RMSE {d.DefaultRmse:F3} vs fit {d.Rmse:F3}");
        Assert.All(d.Pairs, p => Assert.True(Math.Abs(p.Residual(d.DefaultFraction)) <= DistillationPairTolerance, $"{p.Student}: {p.Residual(d.DefaultFraction):F2}"));
        // The model's own gain function, fully saturated, agrees with the fit's prediction.
        var phi4 = d.Pairs[1];
        Assert.Equal(phi4.Predicted(d.DefaultFraction), Distillation.Gain(SyntheticDataParameters.Default, phi4.TeacherEci, phi4.StudentPretrainEci, 1e14), 6);
    }

    [Fact]
    public void A_slope_ten_percent_high_puts_phi_4s_K_pre_above_its_teacher_and_fails_the_pair_check()
    {
        var pass = PostTrainingCalibrator.Fit(Rows).Distillation;
        Assert.True(Math.Abs(Phi4(pass).Residual(pass.DefaultFraction)) <= DistillationPairTolerance);

        var mutated = PostTrainingCalibrator.Fit(Rows, WithSlope(1.1)).Distillation;
        double residual = Phi4(mutated).Residual(mutated.DefaultFraction);
        // b_K × 1.1 adds ~24 ECI at log10 C_eq ≈ 24.4: K_pre passes GPT-4o, no lead is left, and Phi-4's gain is unexplained.
        Assert.True(Phi4(mutated).Lead < 0);
        Assert.True(Math.Abs(residual) > DistillationPairTolerance, $"b_K x1.1: Phi-4 residual {residual:F2}");
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(1.1)]
    public void A_slope_ten_percent_off_fails_a_check_the_default_passes(double factor)
    {
        // With f_d ≈ 1 the model predicts Phi-4 at its teacher's ECI whatever K_pre below it, so b_K × 0.9 leaves the
        // Phi-4 residual near +1 and only the K_pre fit's RMSE catches it (as in CapabilityCalibrationTests).
        var index = WithSlope(factor).Index;
        var d = PostTrainingCalibrator.Fit(Rows, WithSlope(factor)).Distillation;
        double fitted = CapabilityCalibrator.Fit(Rows).Rmse;
        bool Passes(CapabilityIndex i, DistillationFit fit) =>
            Math.Abs(Phi4(fit).Residual(fit.DefaultFraction)) <= DistillationPairTolerance
            && CapabilityCalibrator.Rmse(i, Rows) <= fitted + 1;
        Assert.True(Passes(CapabilityIndex.Default, PostTrainingCalibrator.Fit(Rows).Distillation));
        Assert.False(Passes(index, d), $"b_K x{factor} passes");
    }

    [Fact]
    public void Fit_recovers_the_constants_rows_generated_by_the_model_hold()
    {
        // Guards the algebra independently of the data file: rows built from known ρ, γ_K and f_d.
        var rl = RlParameters.Default with { MidpointRatio = 0.3 };
        var progress = AlgorithmicProgressParameters.Default;
        var index = CapabilityIndex.Default;
        double v3Flop = 3e24, rlFlop = 5e23, r1Year = 2025.05;
        double r1Gain = RlPostTraining.Gain(rl, rl.HeadroomEci, rlFlop * RlPostTraining.Efficiency(rl, progress, r1Year), v3Flop);
        double gamma = 1.5, f = 0.8, phiFlop = 1e24, phiYear = 2024.9;
        double phiPre = index.Pretraining(phiFlop * AlgorithmicProgress.Multiplier(progress, phiYear));
        FrontierModel Row(string name, double year, double eci, double? flop = null) =>
            new(name, "d", year, eci, flop, FlopConfidence.Confident, false, null, "s", 2);
        var rows = new[]
        {
            Row("DeepSeek-V3", 2024.98, 130, v3Flop), Row("DeepSeek-R1", r1Year, 130 + r1Gain, v3Flop + rlFlop),
            Row("DeepSeek-V3-0324", 2025.2, 130 + f * r1Gain),
            Row("phi-4", phiYear, phiPre + f * 8, phiFlop), Row("gpt-4o-2024-11-20", 2024.88, phiPre + 8),
            Row("gpt-4o-2024-08-06", 2024.6, 129), Row("o1-preview-2024-09-12", 2024.7, 134),
            Row("o1-2024-12-17_high", 2024.96, 140), Row("o1-2024-12-17_medium", 2024.96, 141),
            Row("claude-3-7-sonnet-20250219", 2025.15, 136), Row("claude-3-7-sonnet-20250219_16K", 2025.15, 136 + gamma * Math.Log10(16)),
            Row("claude-3-7-sonnet-20250219_64K", 2025.15, 136 + gamma * Math.Log10(64)),
        };
        var fit = PostTrainingCalibrator.Fit(rows);
        Assert.Equal(0.3, fit.Rl.MidpointRatio, 9);
        Assert.Equal(gamma, fit.TestTime.EciPerDecade, 9);
        Assert.Equal(f, fit.Distillation.Unconstrained, 9);
        Assert.Equal(0, fit.Distillation.Rmse, 9);
    }

    [Fact]
    public void A_missing_or_too_late_row_is_named()
    {
        var withoutPhi = Rows.Where(r => r.Model != "phi-4");
        var e = Assert.Throws<CalibrationDataException>(() => PostTrainingCalibrator.Fit(withoutPhi));
        Assert.Contains("'phi-4'", e.Message);
        // A row released at or after 2025.25 is not read, as in the K_pre fit.
        var lateR1 = Rows.Select(r => r.Model == "DeepSeek-R1" ? r with { ReleaseYear = 2025.3 } : r);
        e = Assert.Throws<CalibrationDataException>(() => PostTrainingCalibrator.Fit(lateR1));
        Assert.Contains("'DeepSeek-R1'", e.Message);
    }

    private static DistillationPair Phi4(DistillationFit fit) => fit.Pairs.Single(p => p.Student == "phi-4");

    private static PostTrainingCalibrationInputs WithSlope(double factor) => PostTrainingCalibrationInputs.Default with
    {
        Index = CapabilityIndex.Default with { SlopePerDecade = CapabilityIndex.Default.SlopePerDecade * factor },
    };
}
