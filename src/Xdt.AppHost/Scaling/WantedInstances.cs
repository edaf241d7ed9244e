namespace Aspire.Hosting.ApplicationModel;

/// <summary>One region of the edge's <c>GET /_xdt/autoscaling</c> (the fields the app host reads).</summary>
internal sealed record WantedInstances(string Region, int Desired, int Live, int Declared);
