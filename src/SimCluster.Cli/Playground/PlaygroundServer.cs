using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace SimCluster.Cli.Playground;

/// <summary>
/// The playground's web server: the pages (copied beside the program, with the charting library npm installed at
/// build time) and the API, on one address. It reads no configuration files or environment variables. A request
/// that fails answers with its errors; nothing a request sends can stop the server or the silo behind it.
/// </summary>
public static class PlaygroundServer
{
    /// <summary>Where the build copies the pages.</summary>
    public static string PagesFolder => Path.Combine(AppContext.BaseDirectory, "Playground", "wwwroot");

    /// <summary>The largest request body Kestrel reads (uploads are limited further by <see cref="UploadStore.MaxBytes"/>).</summary>
    public const long MaxRequestBytes = 1024 * 1024;

    // Everything comes from this origin: the pages cannot fetch from the internet even by mistake. ECharts writes
    // style attributes into its tooltips, hence 'unsafe-inline' for styles only.
    private const string ContentSecurityPolicy =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'";

    /// <summary>Builds the server listening on <paramref name="address"/>:<paramref name="port"/> (0: a free port).</summary>
    public static WebApplication Build(IPAddress address, int port, PlaygroundServices services)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.Listen(address, port);
            k.Limits.MaxRequestBodySize = MaxRequestBytes;
        });
        builder.Services.AddRoutingCore();
        builder.Services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never;
        });
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            context.Response.Headers.XContentTypeOptions = "nosniff";
            try
            {
                await next(context);
            }
            catch (PlaygroundException e) when (!context.Response.HasStarted)
            {
                await Errors(context, e.Status, e.Errors);
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                // Kestrel's own refusals: a body past MaxRequestBytes (413), a malformed request (400).
                await Errors(context, e.StatusCode, [ApiError.Request("request", e.Message)]);
            }
            catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
            {
                await Errors(context, StatusCodes.Status500InternalServerError, [ApiError.Request("server", $"internal error: {e.GetType().Name}: {e.Message}")]);
            }
        });
        var pages = new PhysicalFileProvider(PagesFolder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = pages });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = pages });
        app.UseRouting();
        PlaygroundApi.Map(app, services);
        return app;
    }

    private static Task Errors(HttpContext context, int status, IReadOnlyList<ApiError> errors)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { errors }, new JsonSerializerOptions(JsonSerializerDefaults.Web));
    }
}
