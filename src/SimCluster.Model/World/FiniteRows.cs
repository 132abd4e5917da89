namespace SimCluster.Model.World;

/// <summary>
/// The last guard before a row leaves a runtime: outputs never carry Infinity or NaN. Returns the first column that
/// is not finite and its value, so the runtime can say what overflowed; a comparison per column, no allocation.
/// </summary>
public static class FiniteRows
{
    /// <summary>The first non-finite column of <paramref name="r"/> (its property name) and its value; null when all are finite.</summary>
    public static (string Column, double Value)? FirstNonFinite(TrajectoryRow r)
    {
        if (!double.IsFinite(r.FlopDelivered)) return (nameof(r.FlopDelivered), r.FlopDelivered);
        if (!double.IsFinite(r.FlopPretrain)) return (nameof(r.FlopPretrain), r.FlopPretrain);
        if (!double.IsFinite(r.FlopSynthetic)) return (nameof(r.FlopSynthetic), r.FlopSynthetic);
        if (!double.IsFinite(r.FlopRl)) return (nameof(r.FlopRl), r.FlopRl);
        if (!double.IsFinite(r.FlopInference)) return (nameof(r.FlopInference), r.FlopInference);
        if (!double.IsFinite(r.TokensServed)) return (nameof(r.TokensServed), r.TokensServed);
        if (!double.IsFinite(r.EffectiveCompute)) return (nameof(r.EffectiveCompute), r.EffectiveCompute);
        if (!double.IsFinite(r.EnergyKwh)) return (nameof(r.EnergyKwh), r.EnergyKwh);
        if (!double.IsFinite(r.EnergyKwhCumulative)) return (nameof(r.EnergyKwhCumulative), r.EnergyKwhCumulative);
        if (!double.IsFinite(r.PowerMw)) return (nameof(r.PowerMw), r.PowerMw);
        if (!double.IsFinite(r.Gpus)) return (nameof(r.Gpus), r.Gpus);
        if (!double.IsFinite(r.CostUsdCumulative)) return (nameof(r.CostUsdCumulative), r.CostUsdCumulative);
        if (!double.IsFinite(r.HumanStockTokens)) return (nameof(r.HumanStockTokens), r.HumanStockTokens);
        if (!double.IsFinite(r.HumanUnseenTokens)) return (nameof(r.HumanUnseenTokens), r.HumanUnseenTokens);
        if (!double.IsFinite(r.TokensDesired)) return (nameof(r.TokensDesired), r.TokensDesired);
        if (!double.IsFinite(r.Params)) return (nameof(r.Params), r.Params);
        if (!double.IsFinite(r.FlopExperiments)) return (nameof(r.FlopExperiments), r.FlopExperiments);
        if (!double.IsFinite(r.BankedUsd)) return (nameof(r.BankedUsd), r.BankedUsd);
        if (!double.IsFinite(r.ModelPretrainFlop)) return (nameof(r.ModelPretrainFlop), r.ModelPretrainFlop);
        if (!double.IsFinite(r.ModelTrainPowerMw)) return (nameof(r.ModelTrainPowerMw), r.ModelTrainPowerMw);
        if (!double.IsFinite(r.TokensUniqueHuman)) return (nameof(r.TokensUniqueHuman), r.TokensUniqueHuman);
        if (!double.IsFinite(r.Epochs)) return (nameof(r.Epochs), r.Epochs);
        if (!double.IsFinite(r.TokensSynthetic)) return (nameof(r.TokensSynthetic), r.TokensSynthetic);
        if (!double.IsFinite(r.SyntheticFraction)) return (nameof(r.SyntheticFraction), r.SyntheticFraction);
        if (!double.IsFinite(r.Loss)) return (nameof(r.Loss), r.Loss);
        if (!double.IsFinite(r.ChinchillaEquivalentFlop)) return (nameof(r.ChinchillaEquivalentFlop), r.ChinchillaEquivalentFlop);
        if (!double.IsFinite(r.CapabilityEci)) return (nameof(r.CapabilityEci), r.CapabilityEci);
        if (!double.IsFinite(r.CapabilityPretrainEci)) return (nameof(r.CapabilityPretrainEci), r.CapabilityPretrainEci);
        if (!double.IsFinite(r.CapabilityDistillEci)) return (nameof(r.CapabilityDistillEci), r.CapabilityDistillEci);
        if (!double.IsFinite(r.CapabilityPostEci)) return (nameof(r.CapabilityPostEci), r.CapabilityPostEci);
        if (!double.IsFinite(r.RlHeadroomEci)) return (nameof(r.RlHeadroomEci), r.RlHeadroomEci);
        if (!double.IsFinite(r.Gpqa)) return (nameof(r.Gpqa), r.Gpqa);
        if (!double.IsFinite(r.Frontiermath)) return (nameof(r.Frontiermath), r.Frontiermath);
        if (!double.IsFinite(r.Swebench)) return (nameof(r.Swebench), r.Swebench);
        if (!double.IsFinite(r.MathLevel5)) return (nameof(r.MathLevel5), r.MathLevel5);
        if (!double.IsFinite(r.MetrHorizonMinutes)) return (nameof(r.MetrHorizonMinutes), r.MetrHorizonMinutes);
        if (!double.IsFinite(r.Year)) return (nameof(r.Year), r.Year);
        return null;
    }

    /// <summary>The first non-finite column of <paramref name="r"/> (its property name) and its value; null when all are finite.</summary>
    public static (string Column, double Value)? FirstNonFinite(SourceRow r)
    {
        if (!double.IsFinite(r.StockTokens)) return (nameof(r.StockTokens), r.StockTokens);
        if (!double.IsFinite(r.UnlicensedBeforeTokens)) return (nameof(r.UnlicensedBeforeTokens), r.UnlicensedBeforeTokens);
        if (!double.IsFinite(r.GrantedTokens)) return (nameof(r.GrantedTokens), r.GrantedTokens);
        if (!double.IsFinite(r.LicensedTokens)) return (nameof(r.LicensedTokens), r.LicensedTokens);
        return null;
    }
}
