using SimCluster.Model.Economics;
using SimCluster.Model.Scenarios;
using SimCluster.Model.Simulation;
using SimCluster.Model.Strategy;
using static SimCluster.Model.Parameters.Define;
using R = SimCluster.Model.Scenarios.ScenarioRanges;

namespace SimCluster.Model.Parameters;

/// <summary>An item of <c>labs</c>: its references, strategy, budget and starting model.</summary>
internal static class LabDefinitions
{
    private static readonly Lens<LabSpec> L = Lenses.Lab;
    private static readonly Lens<LabStrategy> S = L.Then(l => l.Strategy, (l, s) => l with { Strategy = s });
    private static readonly Lens<ComputeShares> Shares = S.Then(s => s.Shares, (s, c) => s with { Shares = c });
    private static readonly Lens<BudgetParameters> B = L.Then(l => l.Budget, (l, b) => l with { Budget = b });
    private const string Budgets = "assumption; Epoch AI: frontier training cost grows 2-3x a year";

    public static IEnumerable<Parameter> All() =>
    [
        Text("labs.<lab>.name", L, l => l.Name, "a unique lab name", "required", required: true),
        Text("labs.<lab>.cluster", L, l => l.Cluster, "the name of the cluster it trains on", "required", required: true),
        new Parameter
        {
            Key = "labs.<lab>.sources", Kind = ParameterKind.Names, Description = "the names of the data sources it may train on", Default = "required", Required = true,
            Text = (s, e) => L.Read(s, e).Sources.ToArray(),
        },
        Section("labs.<lab>.strategy", $"a preset ({string.Join(", ", StrategyPresets.All.Select(p => p.Name))}) or a map; a map's preset supplies what it leaves out", "required")
            with { Required = true, Choices = [.. StrategyPresets.All.Select(p => p.Name)] },
        new Parameter
        {
            Key = "labs.<lab>.strategy.preset", Kind = ParameterKind.Choice, Description = "the preset the map's other fields override",
            Default = "none (then shares is required)", Choices = [.. StrategyPresets.All.Select(p => p.Name)],
        },
        Text("labs.<lab>.strategy.name", S, s => s.Name, "the strategy's name in outputs", "the preset's; custom without one"),
        Section("labs.<lab>.strategy.shares", "the split of the lab's compute over its five uses; they sum to 1 (Epoch AI: final runs 10-30% of R&D compute, inference 20-35% of the total)", "the preset's"),
        Share("pretrain", c => c.Pretrain, (c, v) => c with { Pretrain = v }, "the final pretraining runs of the models it releases"),
        Share("synthetic", c => c.Synthetic, (c, v) => c with { Synthetic = v }, "generating synthetic data"),
        Share("rl", c => c.Rl, (c, v) => c with { Rl = v }, "RL post-training"),
        Share("inference", c => c.Inference, (c, v) => c with { Inference = v }, "serving users"),
        Share("experiments", c => c.Experiments, (c, v) => c with { Experiments = v }, "experiments: R&D that trains no released model (it improves nothing directly)", required: false),
        Text("labs.<lab>.strategy.allocation", S, s => s.Allocation.ToString(),
            "how a run splits compute between parameters and tokens: compute-optimal, data-constrained or overtrain(k) with k >= 1", "data-constrained"),
        Text("labs.<lab>.strategy.synthetic_mode", S, s => Vocabulary.Name(s.SyntheticMode),
            "whether synthetic data accumulates beside real data or replaces it (collapse is worse)", "accumulate", choices: [.. Vocabulary.SyntheticModes.Keys]),
        Number("labs.<lab>.strategy.environment_share", S, s => s.EnvironmentShare, (s, v) => s with { EnvironmentShare = v },
            "the share of its RL compute spent in simulated environments (dearer, but raising RL's headroom)", "fraction", R.Share, "the preset's",
            "strategy presets (docs/model.md): real-data-heavy 0, balanced 0.25, simulation-heavy and adaptive 0.6"),
        Number("labs.<lab>.strategy.training_run_months", S, s => s.TrainingRunMonths, (s, v) => s with { TrainingRunMonths = v },
            "how long a final pretraining run started in 2024 lasts; the next starts when it ends", "months", null, "4",
            "assumption (frontier runs of 2023-2024 took ~3-5 months; Llama 3.1 405B: 54 days)"),
        Number("labs.<lab>.strategy.training_run_growth_per_year", S, s => s.TrainingRunGrowthPerYear, (s, v) => s with { TrainingRunGrowthPerYear = v },
            "yearly growth of a final run's length (calendar-anchored at 2024)", "factor/yr", R.RunLengthGrowth, "1.4",
            "Epoch AI 2025 (Emberson & Edelman): frontier training runs 1.4x longer a year since 2020 (90% CI 1.3-1.5)"),
        Number("labs.<lab>.strategy.max_training_run_months", S, s => s.MaxTrainingRunMonths, (s, v) => s with { MaxTrainingRunMonths = v },
            "the length at which runs stop growing (a run set longer in 2024 keeps its length)", "months", R.MaxRunMonths, "9",
            "Epoch AI 2025: runs longer than ~9 months are outclassed by runs that start later on better hardware and algorithms"),
        Number("labs.<lab>.strategy.release_lag_months", S, s => s.ReleaseLagMonths, (s, v) => s with { ReleaseLagMonths = v },
            "months from a run's end to the model's release (post-training and evaluation)", "months", R.ReleaseLagMonths, "3",
            "assumption (Grok 3: trained late 2024, released Feb 2025)"),
        new Parameter
        {
            Key = "labs.<lab>.strategy.shares_when_data_short", Kind = ParameterKind.Section, Default = "null (adaptive preset: simulation-heavy's shares)",
            Description = "the shares once the lab's human data runs short (the adaptive rule); null: keep shares", Nullable = true,
            Applies = (s, e) => S.Read(s, e).SharesWhenDataShort is not null,
        },
        ShortShare("pretrain", c => c.Pretrain, (c, v) => c with { Pretrain = v }),
        ShortShare("synthetic", c => c.Synthetic, (c, v) => c with { Synthetic = v }),
        ShortShare("rl", c => c.Rl, (c, v) => c with { Rl = v }),
        ShortShare("inference", c => c.Inference, (c, v) => c with { Inference = v }),
        ShortShare("experiments", c => c.Experiments, (c, v) => c with { Experiments = v }, required: false),

        Section("labs.<lab>.budget", "the lab's yearly compute budget B(t) = B0·g^(t − t0), with a slower growth after a break year", "USD 5e9/yr, 2x/yr to 2030, then 1.04x/yr"),
        Number("labs.<lab>.budget.initial_usd_per_year", B, b => b.InitialUsdPerYear, (b, v) => b with { InitialUsdPerYear = v },
            "B0, the budget in the first year", "USD/yr", R.BudgetUsdPerYear, "5e9", "assumption (OpenAI's 2024 compute: ~$7B; Epoch AI)"),
        Number("labs.<lab>.budget.growth_factor_per_year", B, b => b.GrowthFactorPerYear, (b, v) => b with { GrowthFactorPerYear = v },
            "g, the budget's yearly growth factor until the break year", "factor/yr", R.BudgetGrowth, "2.0", Budgets),
        Number("labs.<lab>.budget.growth_factor_per_year_after_break", B, b => b.GrowthFactorPerYearAfterBreak, (b, v) => b with { GrowthFactorPerYearAfterBreak = v },
            "the yearly growth factor after the break year", "factor/yr", R.BudgetGrowth, "1.04",
            "assumption: a little faster than the world economy (3%/yr), so a lab at USD 5-8e9 in 2024 stays below 1% of gross world product through 2064"),
        Number("labs.<lab>.budget.break_year", B, b => b.BreakYear, (b, v) => b with { BreakYear = v },
            "the year growth slows", "year", R.BreakYear, "2030", "assumption"),
        Number("labs.<lab>.budget.energy_price_usd_per_kwh", B, b => b.EnergyPriceUsdPerKwh, (b, v) => b with { EnergyPriceUsdPerKwh = v },
            "what the lab pays for electricity", "USD/kWh", R.EnergyPrice, "0.08", "assumption (US industrial electricity, ~0.08)"),
        Number("labs.<lab>.initial_params", L, l => l.InitialParams, (l, v) => l with { InitialParams = v },
            "parameters of the model the lab starts with", "parameters", R.ModelParams, "405e9", "Meta: Llama 3.1 405B"),
        Number("labs.<lab>.initial_tokens", L, l => l.InitialTokens, (l, v) => l with { InitialTokens = v },
            "tokens that model was trained on", "tokens", R.ModelTokens, "15.6e12", "Meta: Llama 3.1 405B"),

        // A dataset trend (docs/model.md §6): the lab's demand follows D_2024·g^(t − 2024) instead of its compute.
        new Parameter
        {
            Key = "labs.<lab>.dataset_trend", Kind = ParameterKind.Section, Nullable = true, Default = "null (the dataset follows the lab's compute)",
            Description = "the unique tokens its largest run wants, D(t) = tokens_2024·growth_factor_per_year^(t − 2024), whatever its compute (Epoch's historical-trend projection); null: from its compute",
            Applies = HasTrend,
        },
        Trend("tokens_2024", t => t.Tokens2024, (t, v) => t with { Tokens2024 = v },
            "D_2024, the unique tokens its largest run wants in calendar year 2024.0", "tokens", R.ModelTokens,
            "Villalobos et al. 2024: largest run's dataset 6.3e12 tokens in 2024 (median; sigma of ln 0.446)"),
        Trend("growth_factor_per_year", t => t.GrowthFactorPerYear, (t, v) => t with { GrowthFactorPerYear = v },
            "g, the dataset's yearly growth factor", "factor/yr", R.DatasetGrowth,
            "Villalobos et al. 2024: largest datasets grow 2.38x a year (median; sigma of ln 0.125)"),
    ];

    private static bool HasTrend(ScenarioSpec s, string? e) => L.Read(s, e).DatasetTrend is not null;

    private static Parameter Trend(string name, Func<DatasetTrend, double> get, Func<DatasetTrend, double, DatasetTrend> set, string description,
        string unit, ValueRange range, string source)
    {
        var lens = L.Then(l => l.DatasetTrend!, (l, t) => l with { DatasetTrend = t });
        return Number($"labs.<lab>.dataset_trend.{name}", lens, get, set, description, unit, range, "required (in a dataset_trend)", source, required: true)
            with { Applies = HasTrend };
    }

    // Experiments may be left out of a map (0): a four-share map from before they existed still sums to 1.
    private static Parameter Share(string name, Func<ComputeShares, double> get, Func<ComputeShares, double, ComputeShares> set, string use, bool required = true) =>
        Number($"labs.<lab>.strategy.shares.{name}", Shares, get, set, $"the share of compute for {use}", "fraction", R.Share, required ? "the preset's" : "the preset's; 0 in a map without it",
            "strategy presets (docs/model.md)", variable: false, required: required);

    private static Parameter ShortShare(string name, Func<ComputeShares, double> get, Func<ComputeShares, double, ComputeShares> set, bool required = true)
    {
        var lens = S.Then(s => s.SharesWhenDataShort!, (s, c) => s with { SharesWhenDataShort = c });
        return Number($"labs.<lab>.strategy.shares_when_data_short.{name}", lens, get, set, $"the {name} share once data runs short", "fraction", R.Share,
            required ? "the preset's" : "the preset's; 0 in a map without it", "strategy presets (docs/model.md)", variable: false, required: required)
            with { Applies = (s, e) => S.Read(s, e).SharesWhenDataShort is not null };
    }
}
