using SimCluster.Cli.Playground;

namespace SimCluster.Playground.Tests;

/// <summary>The bounded store behind the playground's runs, uploads and sweeps.</summary>
public sealed class RecentItemsTests
{
    [Fact]
    public void Past_its_capacity_the_oldest_entry_goes_first_and_a_found_one_is_not_made_again()
    {
        var items = new RecentItems<string, int>(2);
        int made = 0;
        Assert.Equal(1, items.GetOrAdd("a", _ => ++made));
        Assert.Equal(2, items.GetOrAdd("b", _ => ++made));
        Assert.Equal(1, items.GetOrAdd("a", _ => ++made));
        Assert.Equal(3, items.GetOrAdd("c", _ => ++made));
        Assert.Equal(0, items.Find("a"));
        Assert.Equal(2, items.Find("b"));
        Assert.Equal(3, items.Find("c"));
    }

    [Fact]
    public void Remove_takes_out_only_the_value_it_names_not_one_added_since()
    {
        var items = new RecentItems<string, string>(4);
        items.GetOrAdd("k", _ => "first");
        items.Remove("k", "first");
        Assert.Null(items.Find("k"));
        items.GetOrAdd("k", _ => "second");
        items.Remove("k", "first");
        Assert.Equal("second", items.Find("k"));
    }

    [Fact]
    public void A_removed_entry_frees_its_place_so_the_next_addition_keeps_the_rest()
    {
        var items = new RecentItems<int, int>(2);
        items.GetOrAdd(1, k => k);
        items.GetOrAdd(2, k => k);
        items.Remove(2, 2);
        items.GetOrAdd(3, k => k);
        Assert.Equal(1, items.Find(1));
        Assert.Equal(3, items.Find(3));
    }
}
