using SimCluster.Model.Data;
using SimCluster.Model.World;

namespace SimCluster.Model.Tests.World;

public sealed class HumanDataLedgerTests
{
    private static readonly DataSourceParameters Web = new("web", 100), Paid = new("paid", 50, PriceUsdPerToken: 2), Archive = new("archive", 40, Rivalry: Rivalry.Exclusive, PriceUsdPerToken: 1);

    [Fact]
    public void Runs_draw_free_tokens_first_and_pay_only_for_new_priced_public_tokens()
    {
        var l = new HumanDataLedger([Paid, Web, Archive]);
        l.UpdatePublic(new DataSourceSnapshot("web", Rivalry.Public, 100, 100, 0));
        l.UpdatePublic(new DataSourceSnapshot("paid", Rivalry.Public, 50, 50, 2));
        Assert.Equal(10, l.AddLicensed("archive", 10));
        Assert.Equal(160, l.ReachableTokens);
        Assert.Equal(2 * 20, l.Consume(130)); // web 100, archive 10 (licensed, paid), paid 20
        Assert.Equal(0, l.Consume(120)); // all of it seen already
        Assert.Equal(2 * 10, l.Consume(140));
        Assert.Equal(140, l.SeenTokens);
        Assert.Equal(20, l.UnseenTokens);
    }

    [Fact]
    public void Seen_tokens_never_exceed_a_shrinking_stock()
    {
        var l = new HumanDataLedger([Web]);
        l.UpdatePublic(new DataSourceSnapshot("web", Rivalry.Public, 100, 100, 0));
        l.Consume(90);
        l.UpdatePublic(new DataSourceSnapshot("web", Rivalry.Public, 60, 60, 0));
        Assert.Equal(60, l.SeenTokens);
        Assert.Equal(0, l.UnseenTokens);
    }
}
