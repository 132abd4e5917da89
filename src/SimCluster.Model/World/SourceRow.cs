namespace SimCluster.Model.World;

/// <summary>One row of sources.csv: a data source at the end of a step.</summary>
/// <param name="Replicate">Replicate number.</param>
/// <param name="Source">Source name.</param>
/// <param name="Step">Step number.</param>
/// <param name="Year">t_k.</param>
/// <param name="StockTokens">Effective tokens in the stock.</param>
/// <param name="UnlicensedBeforeTokens">Exclusive: effective tokens unlicensed before this step's grants; public: the stock.</param>
/// <param name="GrantedTokens">Exclusive: effective tokens granted this step (sum over labs, name order); public: 0.</param>
/// <param name="LicensedTokens">Exclusive: effective tokens licensed so far; public: 0.</param>
public sealed record SourceRow(int Replicate, string Source, long Step, double Year, double StockTokens, double UnlicensedBeforeTokens, double GrantedTokens, double LicensedTokens);
