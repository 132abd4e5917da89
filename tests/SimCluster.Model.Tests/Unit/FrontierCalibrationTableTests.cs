using SimCluster.Model.Calibration;

namespace SimCluster.Model.Tests.Unit;

public sealed class FrontierCalibrationTableTests
{
    private const string Header = "model,developer,release_year,eci,train_flop,flop_confidence,reasoning,gpqa_diamond,source\n";

    [Fact]
    public void Quoted_source_with_commas_and_empty_cells_parse()
    {
        var rows = FrontierCalibrationTable.Parse(new StringReader(Header +
            "A,Dev,2024.5,120.5,1e25,Likely,false,45.2,\"ECI, compute: Epoch, 2025\"\n" +
            "B,Dev,2024.9,130,,,true,,s\n"), "t.csv");
        Assert.Equal(2, rows.Count);
        Assert.Equal("ECI, compute: Epoch, 2025", rows[0].Source);
        Assert.Equal(FlopConfidence.Likely, rows[0].FlopConfidence);
        Assert.Equal(1e25, rows[0].TrainFlop);
        Assert.Null(rows[1].TrainFlop);
        Assert.Equal(FlopConfidence.Unknown, rows[1].FlopConfidence);
        Assert.True(rows[1].Reasoning);
        Assert.Equal(3, rows[1].Line);
    }

    [Theory]
    [InlineData("A,Dev,2024.5,high,1e25,Likely,false,,s", "'eci'")]
    [InlineData("A,Dev,2024.5,120,-3,Likely,false,,s", "'train_flop'")]
    [InlineData("A,Dev,2024.5,120,1e25,Sure,false,,s", "'flop_confidence'")]
    [InlineData("A,Dev,2024.5,120,1e25,Likely,maybe,,s", "'reasoning'")]
    [InlineData("A,Dev,,120,1e25,Likely,false,,s", "'release_year'")]
    [InlineData("A,Dev,2024.5,120,1e25,Likely,false,140,s", "'gpqa_diamond'")]
    public void Bad_row_names_file_line_and_field(string badRow, string field)
    {
        var e = Assert.Throws<CalibrationDataException>(() => FrontierCalibrationTable.Parse(
            new StringReader(Header + "OK,Dev,2024,110,1e24,Confident,false,,s\n" + badRow + "\n"), "frontier.csv"));
        Assert.Contains("frontier.csv: line 3", e.Message);
        Assert.Contains(field, e.Message);
    }

    [Fact]
    public void Missing_column_is_named()
    {
        var e = Assert.Throws<CalibrationDataException>(() => FrontierCalibrationTable.Parse(
            new StringReader("model,developer,release_year,train_flop,flop_confidence,reasoning,gpqa_diamond,source\n"), "f.csv"));
        Assert.Contains("missing column(s) eci", e.Message);
    }
}
