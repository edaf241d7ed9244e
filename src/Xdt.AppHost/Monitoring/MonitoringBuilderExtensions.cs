using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Xdt.AppHost.Infrastructure;
using Xdt.AppHost.Monitoring;

namespace Aspire.Hosting;

/// <summary>
/// The world's monitoring: Debian's Prometheus, scraping every resource marked with <see cref="WithScrapeLabels{T}"/>
/// (its configuration is generated from their endpoints as it starts) and loading the repository's rules, and Alertmanager
/// receiving its alerts. The edge router reads the firing alerts from Prometheus for its status page. Run mode only: the
/// Kubernetes export ships its own Prometheus with the same rules.
/// </summary>
public static class MonitoringBuilderExtensions
{
    public const string PrometheusName = "prometheus";
    public const string AlertmanagerName = "alertmanager";

    /// <summary>
    /// Prometheus and Alertmanager log to stderr, which Aspire shows as errors: at their default level every start
    /// printed some forty "fail:" lines of routine news. Warnings and errors are still shown.
    /// </summary>
    private const string QuietLog = "--log.level=warn";

    /// <summary>Prometheus scrapes this resource's <c>http</c> endpoint, labelling its series with the service and region.</summary>
    /// <param name="region">A region's name, or <see cref="ScrapeTargetAnnotation.Global"/> for the front door.</param>
    public static IResourceBuilder<T> WithScrapeLabels<T>(this IResourceBuilder<T> builder, string service, string region)
        where T : IResourceWithEndpoints =>
        builder.WithAnnotation(new ScrapeTargetAnnotation(service, region));

    public static void AddMonitoring(
        this IDistributedApplicationBuilder builder, InfrastructureSettings infrastructure, IResourceBuilder<ServiceResource> edge)
    {
        if (!builder.ExecutionContext.IsRunMode)
        {
            return;
        }

        var settings = MonitoringSettings.Resolve(builder.Configuration);
        var sources = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "..", "monitoring"));
        var state = Path.Combine(
            infrastructure.StateDirectory is { Length: > 0 } s ? s : StateDirectory.Resolve(builder.Configuration, builder.AppHostDirectory),
            "monitoring");

        var alertmanagerPort = Xdt.Hosting.Ports.LoopbackPorts.Reserve();
        var alertmanager = builder.AddResource(new AlertmanagerResource(AlertmanagerName, builder.AppHostDirectory))
            .WithEndpoint(port: alertmanagerPort, targetPort: alertmanagerPort, scheme: "http", name: AlertmanagerResource.HttpEndpointName, isProxied: false)
            .WithArgs(
                $"--config.file={Path.Combine(sources, "alertmanager", "alertmanager.yml")}",
                $"--storage.path={Path.Combine(state, "alertmanager")}",
                $"--web.listen-address=127.0.0.1:{Invariant(alertmanagerPort)}",
                // A single Alertmanager: no high-availability peers (the default would listen on 0.0.0.0:9094).
                "--cluster.listen-address=",
                QuietLog)
            .WithHttpHealthCheck("/-/ready")
            .ExcludeFromManifest();

        var port = settings.PrometheusPort == 0 ? Xdt.Hosting.Ports.LoopbackPorts.Reserve() : settings.PrometheusPort;
        var prometheusState = Path.Combine(state, "prometheus");
        var prometheus = builder.AddResource(new PrometheusResource(PrometheusName, builder.AppHostDirectory))
            .WithEndpoint(port: port, targetPort: port, scheme: "http", name: PrometheusResource.HttpEndpointName, isProxied: false)
            .WithArgs(
                $"--config.file={Path.Combine(prometheusState, "prometheus.yml")}",
                $"--storage.tsdb.path={Path.Combine(prometheusState, "data")}",
                "--storage.tsdb.retention.time=7d",
                $"--web.listen-address=127.0.0.1:{Invariant(port)}",
                // POST /-/reload picks up edited rules without a restart.
                "--web.enable-lifecycle",
                QuietLog)
            .WithHttpHealthCheck("/-/ready")
            .WithUrls(context =>
            {
                if (context.Urls.FirstOrDefault(u => u.Endpoint?.EndpointName == PrometheusResource.HttpEndpointName) is { } entry)
                {
                    entry.DisplayText = "Prometheus";
                    context.Urls.Add(new ResourceUrlAnnotation { Url = entry.Url + "/alerts", DisplayText = "Alerts" });
                }
            })
            .ExcludeFromManifest();

        // Every endpoint is allocated by the time Prometheus starts: its configuration is written from them then (and
        // again at each restart from the dashboard).
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(prometheus.Resource, (_, _) =>
        {
            Directory.CreateDirectory(Path.Combine(state, "alertmanager"));
            var rules = RuleFiles.CopyTo(Path.Combine(sources, "prometheus", "rules"), Path.Combine(prometheusState, "rules"), settings.AlertFor);
            var targets = builder.Resources.OfType<IResourceWithEndpoints>()
                .SelectMany(r => r.Annotations.OfType<ScrapeTargetAnnotation>().Select(a => (Resource: r, Labels: a)))
                .Select(t => new ScrapeTarget(t.Labels.Service, t.Labels.Region, HostAndPort(t.Resource.GetEndpoint("http"))));
            var config = PrometheusConfig.Render(targets, rules, HostAndPort(alertmanager.Resource.HttpEndpoint),
                settings.ScrapeInterval, settings.EvaluationInterval);
            File.WriteAllText(Path.Combine(prometheusState, "prometheus.yml"), config);
            return Task.CompletedTask;
        });

        edge.WithEnvironment("EdgeRouter__Monitoring__PrometheusUrl", prometheus.Resource.HttpEndpoint);
        builder.Services.AddSingleton(new MonitoringEntry(prometheus.Resource.HttpEndpoint));
    }

    private static string HostAndPort(EndpointReference endpoint) => $"{endpoint.Host}:{Invariant(endpoint.Port)}";

    private static string Invariant(int port) => port.ToString(CultureInfo.InvariantCulture);
}
