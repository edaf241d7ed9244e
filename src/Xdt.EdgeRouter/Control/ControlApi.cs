using Microsoft.AspNetCore.Http.HttpResults;
using Xdt.EdgeRouter.Health;
using Xdt.EdgeRouter.Limits;
using Xdt.EdgeRouter.Routing;
using Xdt.EdgeRouter.Status;
using Xdt.HttpContract;
using Xdt.ServiceDefaults.Control;

namespace Xdt.EdgeRouter.Control;

/// <summary>
/// Operator control under <c>/_xdt/control</c> (header <c>X-Xdt-Control-Key</c>): withdraw, heal, drain regions, cut
/// them off from Kafka and reconnect them (through their replicators, <see cref="KafkaLinkControl"/>);
/// change preference, penalty and shifts; switch latency simulation and centralized mode. Documented in README.md.
/// </summary>
public static class ControlApi
{
    public static IEndpointRouteBuilder MapControlApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(XdtPaths.Control).RequireControlKey();
        group.MapPost("/regions/{region}/fail", Fail);
        group.MapPost("/regions/{region}/heal", Heal);
        group.MapPost("/regions/{region}/drain", Drain);
        group.MapPost("/regions/{region}/undrain", Undrain);
        group.MapPost("/regions/{region}/cut-off", KafkaLinkControl.CutOff);
        group.MapPost("/regions/{region}/reconnect", KafkaLinkControl.Reconnect);
        group.MapPut("/regions/{region}/preference", SetPreference);
        group.MapDelete("/regions/{region}/preference", ResetPreference);
        group.MapPut("/regions/{region}/penalty", SetPenalty);
        group.MapDelete("/regions/{region}/penalty", ResetPenalty);
        group.MapPut("/shifts", SetShift);
        group.MapDelete("/shifts/{from}", RemoveShift);
        group.MapPut("/modes", SetModes);
        group.MapPost("/latency-simulation/{state}", SwitchLatencySimulation);
        group.MapPost("/centralized/{state}", SwitchCentralized);
        group.MapPost("/reset", Reset);
        return app;
    }

    public static Results<Ok<RegionStatus>, ProblemHttpResult> Fail(string region, HealthBoard health, StatusBuilder status, TimeProvider time) =>
        OnRegion(region, health, status, h => h.Fail(time.GetUtcNow()));

    public static Results<Ok<RegionStatus>, ProblemHttpResult> Heal(string region, HealthBoard health, StatusBuilder status, TimeProvider time) =>
        OnRegion(region, health, status, h => h.Heal(time.GetUtcNow()));

    public static Results<Ok<RegionStatus>, ProblemHttpResult> Drain(string region, HealthBoard health, StatusBuilder status, TimeProvider time) =>
        OnRegion(region, health, status, h => h.SetDrained(true, time.GetUtcNow()));

    public static Results<Ok<RegionStatus>, ProblemHttpResult> Undrain(string region, HealthBoard health, StatusBuilder status, TimeProvider time) =>
        OnRegion(region, health, status, h => h.SetDrained(false, time.GetUtcNow()));

    public static Results<Ok<RegionStatus>, ProblemHttpResult> SetPreference(
        string region, PreferenceRequest body, HealthBoard health, StatusBuilder status, RoutingPolicyStore policies) =>
        OnRegion(region, health, status, h => policies.Update(p => p with { Preferences = p.Preferences.SetItem(h.Region, body.Value) }));

    public static Results<Ok<RegionStatus>, ProblemHttpResult> ResetPreference(
        string region, HealthBoard health, StatusBuilder status, RoutingPolicyStore policies) =>
        OnRegion(region, health, status, h => policies.Update(p => p with { Preferences = p.Preferences.Remove(h.Region) }));

    public static Results<Ok<RegionStatus>, ProblemHttpResult> SetPenalty(
        string region, PenaltyRequest body, HealthBoard health, StatusBuilder status, RoutingPolicyStore policies) =>
        body.Ms is < 0 or > 100_000 || double.IsNaN(body.Ms)
            ? BadRequest("Penalty must be between 0 and 100000 ms.")
            : OnRegion(region, health, status, h => policies.Update(p => p with { PenaltiesMs = p.PenaltiesMs.SetItem(h.Region, body.Ms) }));

    public static Results<Ok<RegionStatus>, ProblemHttpResult> ResetPenalty(
        string region, HealthBoard health, StatusBuilder status, RoutingPolicyStore policies) =>
        OnRegion(region, health, status, h => policies.Update(p => p with { PenaltiesMs = p.PenaltiesMs.Remove(h.Region) }));

    public static Results<Ok<EdgeStatus>, ProblemHttpResult> SetShift(
        ShiftRequest body, EdgeTopology topology, StatusBuilder status, RoutingPolicyStore policies)
    {
        if (topology.Find(body.From) is not { } from || topology.Find(body.To) is not { } to)
        {
            return BadRequest($"Both regions must be active here: {string.Join(", ", topology.Regions.Select(r => r.Name))}.");
        }

        if (from == to || body.Percent is < 0 or > 100 || double.IsNaN(body.Percent))
        {
            return BadRequest("A shift moves 0–100 % of one region's shoppers to another region.");
        }

        var shift = new TrafficShift(from.Name, to.Name, body.Percent);
        policies.Update(p => p with { Shifts = p.Shifts.SetItem(from.Name, shift) });
        return TypedResults.Ok(status.Build());
    }

    public static Results<Ok<EdgeStatus>, ProblemHttpResult> RemoveShift(string from, StatusBuilder status, RoutingPolicyStore policies)
    {
        if (!policies.Current.Shifts.ContainsKey(from))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such shift", detail: $"No shift from '{from}'.");
        }

        policies.Update(p => p with { Shifts = p.Shifts.Remove(from) });
        return TypedResults.Ok(status.Build());
    }

    public static Ok<EdgeStatus> SetModes(ModesRequest body, StatusBuilder status, RoutingPolicyStore policies)
    {
        policies.Update(p => p with
        {
            LatencySimulation = body.LatencySimulation ?? p.LatencySimulation,
            Centralized = body.Centralized ?? p.Centralized,
        });
        return TypedResults.Ok(status.Build());
    }

    public static Results<Ok<EdgeStatus>, ProblemHttpResult> SwitchLatencySimulation(string state, StatusBuilder status, RoutingPolicyStore policies) =>
        Switch(state, status, on => policies.Update(p => p with { LatencySimulation = on }));

    public static Results<Ok<EdgeStatus>, ProblemHttpResult> SwitchCentralized(string state, StatusBuilder status, RoutingPolicyStore policies) =>
        Switch(state, status, on => policies.Update(p => p with { Centralized = on }));

    /// <summary>
    /// Everything an operator changed goes back to the configuration: routing policy, withdrawals, drains, and the
    /// rate-limit buckets refilled. Observed health is kept.
    /// </summary>
    public static Ok<EdgeStatus> Reset(StatusBuilder status, RoutingPolicyStore policies, HealthBoard health, EdgeRateLimiter limiter)
    {
        policies.Reset();
        health.ClearOperatorOverrides();
        limiter.Reset();
        return TypedResults.Ok(status.Build());
    }

    private static Results<Ok<EdgeStatus>, ProblemHttpResult> Switch(string state, StatusBuilder status, Action<bool> apply)
    {
        bool? on = state.ToLowerInvariant() switch { "on" => true, "off" => false, _ => null };
        if (on is null)
        {
            return BadRequest("Use /on or /off.");
        }

        apply(on.Value);
        return TypedResults.Ok(status.Build());
    }

    private static Results<Ok<RegionStatus>, ProblemHttpResult> OnRegion(
        string region, HealthBoard health, StatusBuilder status, Action<RegionHealth> apply)
    {
        if (!health.TryGet(region, out var h))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound, title: "Unknown region", detail: $"'{region}' is not an active region of this edge.");
        }

        apply(h);
        return TypedResults.Ok(status.Region(h.Region)!);
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid control request", detail: detail);
}
