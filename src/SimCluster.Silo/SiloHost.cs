using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Dashboard;

namespace SimCluster.Silo;

/// <summary>
/// The host a silo runs in. Without a dashboard, a plain generic host; with one, an ASP.NET Core host (the Orleans 10
/// dashboard is a set of endpoints mapped on one) listening on the dashboard's endpoint only. Neither reads
/// appsettings files or environment variables: every setting comes from the caller.
/// </summary>
internal static class SiloHost
{
    /// <summary>A builder for a silo with or without a dashboard.</summary>
    public static IHostApplicationBuilder CreateBuilder(DashboardEndpoint? dashboard)
    {
        if (dashboard is null) return Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var web = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        web.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(dashboard.Address, dashboard.Port));
        web.Services.AddRoutingCore();
        return web;
    }

    /// <summary>Adds the dashboard's services to the silo when it has a dashboard.</summary>
    public static ISiloBuilder AddDashboardIf(this ISiloBuilder silo, DashboardEndpoint? dashboard) => dashboard is null ? silo : silo.AddDashboard();

    /// <summary>Builds the host, mapping the dashboard at the root of its endpoint when there is one.</summary>
    public static IHost Build(IHostApplicationBuilder builder)
    {
        switch (builder)
        {
            case HostApplicationBuilder plain:
                return plain.Build();
            case WebApplicationBuilder web:
                var app = web.Build();
                app.MapOrleansDashboard();
                return app;
            default:
                throw new ArgumentException($"not a builder from {nameof(CreateBuilder)}", nameof(builder));
        }
    }
}
