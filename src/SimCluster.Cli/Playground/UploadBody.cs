using System.Text;
using Microsoft.AspNetCore.Http;

namespace SimCluster.Cli.Playground;

/// <summary>Reads an upload's text, refusing more than <see cref="UploadStore.MaxBytes"/> before it is all read.</summary>
public static class UploadBody
{
    /// <summary>The body as UTF-8 text; an empty, oversized or non-UTF-8 body throws <see cref="PlaygroundException"/>.</summary>
    public static async Task<string> ReadAsync(HttpRequest request)
    {
        if (request.ContentLength > UploadStore.MaxBytes) throw TooLarge();
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int n;
        while ((n = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + n > UploadStore.MaxBytes) throw TooLarge();
            buffer.Write(chunk, 0, n);
        }
        if (buffer.Length == 0) throw PlaygroundException.Of("upload", "the upload is empty; send the scenario file's YAML text as the request body");
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            throw PlaygroundException.Of("upload", "the upload is not UTF-8 text; send a scenario file (YAML)");
        }
    }

    private static PlaygroundException TooLarge() =>
        PlaygroundException.Of("upload", $"the upload is larger than {UploadStore.MaxBytes / 1024} KiB; a scenario file is a few KiB", 413);
}
