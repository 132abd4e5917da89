using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;

namespace SimCluster.Silo;

/// <summary>
/// OpenTelemetry's console exporters, printing to a writer. Those exporters print either to Console.Out (stdout, which
/// belongs to results) or through System.Diagnostics.Trace; they are configured for the latter, and this adds a Trace
/// listener writing to the given writer for as long as it lives. TelemetrySetup creates it before the tracer and
/// meter providers, so the container disposes it after them: their final flush still reaches the writer. The
/// exporters print a span or a set of metrics line by line; one lock around each export keeps those blocks whole
/// when spans end on one thread while metrics print on another.
/// </summary>
internal sealed class ConsoleExport : IDisposable
{
    private readonly TextWriterTraceListener _listener;
    private readonly ConsoleExporterOptions _options = new() { Targets = ConsoleExporterOutputTargets.Debug };
    private readonly object _gate = new();

    public ConsoleExport(TextWriter writer)
    {
        _listener = new TextWriterTraceListener(writer, "simcluster-telemetry");
        Trace.Listeners.Add(_listener);
    }

    /// <summary>Exports each span as it ends.</summary>
    public BaseProcessor<Activity> Spans() => new SpanProcessor(new ConsoleActivityExporter(_options), _gate);

    /// <summary>Exports the metrics every <paramref name="interval"/>, and when the provider stops.</summary>
    public MetricReader Metrics(TimeSpan interval) => new MetricsReader(new ConsoleMetricExporter(_options), (int)interval.TotalMilliseconds, _gate);

    public void Dispose()
    {
        _listener.Flush();
        // Not _listener.Dispose(): that would close the writer, which belongs to the caller (stderr, say).
        Trace.Listeners.Remove(_listener);
    }

    private sealed class SpanProcessor(BaseExporter<Activity> exporter, object gate) : SimpleActivityExportProcessor(exporter)
    {
        protected override void OnExport(Activity data)
        {
            lock (gate) base.OnExport(data);
        }
    }

    private sealed class MetricsReader(BaseExporter<Metric> exporter, int intervalMilliseconds, object gate)
        : PeriodicExportingMetricReader(exporter, intervalMilliseconds)
    {
        protected override bool OnCollect(int timeoutMilliseconds)
        {
            lock (gate) return base.OnCollect(timeoutMilliseconds);
        }
    }
}
