using System.Xml.Linq;
using SkiaSharp;

namespace SimCluster.Reports.Tests;

/// <summary>Checks that an image file is a real, non-blank picture (not a pixel-exact comparison).</summary>
internal static class ImageChecks
{
    /// <summary>A PNG that decodes to the chart size and has many colours over a real share of its pixels.</summary>
    public static void AssertPngNotBlank(string path, int width, int height)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 5_000, $"{path}: only {bytes.Length} bytes");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]); // PNG signature
        using var bitmap = SKBitmap.Decode(bytes);
        Assert.NotNull(bitmap);
        Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
        var background = bitmap.GetPixel(2, 2);
        int drawn = 0;
        var colours = new HashSet<SKColor>();
        for (int y = 0; y < bitmap.Height; y += 3)
            for (int x = 0; x < bitmap.Width; x += 3)
            {
                var c = bitmap.GetPixel(x, y);
                colours.Add(c);
                if (c != background) drawn++;
            }
        double share = drawn / (bitmap.Width / 3.0 * (bitmap.Height / 3.0));
        Assert.True(share > 0.02, $"{path}: only {share:P1} of pixels differ from the background");
        Assert.True(colours.Count > 10, $"{path}: only {colours.Count} colours");
    }

    /// <summary>An SVG that parses as XML with plenty of drawing elements and some text.</summary>
    public static void AssertSvgNotBlank(string path)
    {
        var doc = XDocument.Load(path);
        Assert.Equal("svg", doc.Root!.Name.LocalName);
        var shapes = doc.Descendants().Count(e => e.Name.LocalName is "path" or "line" or "polyline" or "rect" or "polygon" or "circle");
        Assert.True(shapes > 20, $"{path}: {shapes} shapes");
        Assert.Contains(doc.Descendants(), e => e.Name.LocalName == "text" && e.Value.Length > 0);
    }
}
