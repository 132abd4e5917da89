using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SimCluster.Cli.Outputs;

namespace SimCluster.Cli.Playground;

/// <summary>The endpoints of docs/playground-api.md. Every answer is computed from the state in the query, so a link reproduces it.</summary>
public static class PlaygroundApi
{
    /// <summary>Maps the endpoints under /api.</summary>
    public static void Map(IEndpointRouteBuilder app, PlaygroundServices services)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/presets", () => services.Resolver.Presets.All.Select(p => new
        {
            p.Name,
            p.Scenario.Description,
            Uncertain = p.Scenario.Spec.Uncertain.Count > 0,
            Labs = p.Scenario.Spec.Labs.Count,
            Start = p.Scenario.Spec.StartYear,
            End = p.Scenario.Spec.EndYear,
        }));
        api.MapPost("/upload", async (HttpRequest request) =>
        {
            string text = await UploadBody.ReadAsync(request);
            var (id, scenario) = services.Uploads.Add(text, request.Query["name"].FirstOrDefault());
            return new { Upload = id, scenario.Spec.Name };
        });
        api.MapGet("/controls", (HttpRequest request) =>
        {
            var state = State(request);
            var scenario = services.Resolver.Resolve(state);
            var reference = services.Resolver.Resolve(state.WithoutOverrides);
            return new { Scenario = new { scenario.Spec.Name, scenario.Description }, Groups = Controls.For(scenario.Spec, reference.Spec) };
        });
        api.MapGet("/run", async (HttpRequest request) => RunView.Of(await services.Runs.GetAsync(State(request))));
        api.MapGet("/download/{file}", async (string file, HttpRequest request) =>
        {
            if (!RunOutputs.Files.Contains(file))
                throw PlaygroundException.Of("file", $"no download '{file}'; one of {string.Join(", ", RunOutputs.Files)}", 404);
            var run = await services.Runs.GetAsync(State(request));
            using var text = new StringWriter();
            RunOutputs.Write(file, text, run.Scenario, run.Result, run.DataWall, run.Warnings);
            string type = Path.GetExtension(file) switch { ".csv" => "text/csv", ".json" => "application/json", _ => "application/yaml" };
            return Results.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), type + "; charset=utf-8", $"{run.Scenario.Spec.Name}-{file}");
        });
        api.MapGet("/frontier", () => services.Frontier);
        api.MapPost("/sweep", (HttpRequest request) =>
        {
            var state = State(request);
            int replicates = QuickSweeps.DefaultReplicates;
            string? text = request.Query["replicates"].FirstOrDefault();
            if (text is not null && !int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out replicates))
                throw PlaygroundException.Of("replicates", $"must be a whole number in [{QuickSweeps.MinReplicates}, {QuickSweeps.MaxReplicates}]; got '{text}'");
            var sweep = services.Sweeps.Start(state, replicates);
            return new { sweep.Id, sweep.Total };
        });
        api.MapGet("/sweep/{id}", (string id) =>
        {
            var sweep = services.Sweeps.Find(id) ?? throw PlaygroundException.Of("id", $"no sweep '{id}' on this server; start one with POST /api/sweep", 404);
            return new { sweep.Phase, sweep.Done, sweep.Total, sweep.Error, sweep.Result };
        });
        api.MapFallback(() => Results.Json(new { Errors = new[] { ApiError.Request("path", "no such endpoint; see docs/playground-api.md") } }, statusCode: 404));
    }

    private static PlaygroundState State(HttpRequest request) =>
        PlaygroundState.From(request.Query, out string? problem) ?? throw PlaygroundException.Of("state", problem!);
}
