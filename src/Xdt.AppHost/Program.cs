// The whole Xdt world: the core site in Beijing, one stack per edge region, the global front door, and its monitoring.
using Xdt.AppHost.Infrastructure;
using Xdt.Geography;

LeanChildProcesses.Apply();
var builder = DistributedApplication.CreateBuilder(args);

var infrastructure = builder.ResolveInfrastructure();
var controlKey = builder.AddParameter("control-key", secret: true);

// Core site: the only writable database, the change log, the sellers' API and the WAL capture between them.
var primary = builder.AddCatalogDatabase("primary", infrastructure, logicalDecoding: true);
var kafka = builder.AddKafkaBroker(infrastructure, controlKey);

var admin = builder.AddService<Projects.Xdt_Admin>("admin")
    .WithReference(primary).WaitFor(primary)
    .WithHttpHealthCheck("/health")
    .WithScrapeLabels("admin", Regions.Core.Name);

builder.AddService<Projects.Xdt_Capture>("capture")
    .WithReference(primary).WaitFor(primary)
    .WithKafka(kafka)
    // The admin creates the schema and the publication the capture decodes; start after it to avoid a noisy first retry.
    .WaitFor(admin)
    .WithHttpHealthCheck("/health")
    .WithScrapeLabels("capture", Regions.Core.Name);

// Edge regions: a replica, its replicator and a storefront each, next to the shoppers.
var core = new CoreSite(infrastructure, primary, kafka, controlKey);
var regions = builder.ResolveRegions().Select(region => builder.AddRegion(region, core)).ToList();

// The global front door (Anycast emulation) in front of every storefront and the admin.
var edge = builder.AddEdgeRouter(regions, admin, controlKey);

// Prometheus scrapes every service above (targets generated from their endpoints, rules from monitoring/), Alertmanager
// receives its alerts, and the edge's status page shows the firing ones.
builder.AddMonitoring(infrastructure, edge);

builder.Build().Run();
