using System.Diagnostics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Keeps every span of a trace that someone's request or a change started, and drops database calls that nothing
/// started: health checks, heartbeats and freshness queries run on timers, several a second per service, and would
/// each become a one-span trace of their own.
/// </summary>
public sealed class QuietSampler : Sampler
{
    private static readonly SamplingResult Drop = new(SamplingDecision.Drop);
    private static readonly SamplingResult Keep = new(SamplingDecision.RecordAndSample);

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        if (samplingParameters.ParentContext.TraceId != default)
        {
            return samplingParameters.ParentContext.TraceFlags.HasFlag(ActivityTraceFlags.Recorded) ? Keep : Drop;
        }

        return samplingParameters.Kind == ActivityKind.Client && IsDatabaseCall(samplingParameters.Tags) ? Drop : Keep;
    }

    private static bool IsDatabaseCall(IEnumerable<KeyValuePair<string, object?>>? tags) =>
        tags?.Any(t => t.Key is "db.system" or "db.system.name") == true;
}
