using System.Globalization;
using System.Net;
using System.Text;
using Xdt.EdgeRouter.Alerts;
using Xdt.EdgeRouter.Autoscaling;
using Xdt.HttpContract;

namespace Xdt.EdgeRouter.Status;

/// <summary>
/// The status as tables a person can glance at: one row per region, colour for health, the firing alerts and the shifts.
/// The console page embeds them and refreshes them from <c>/_xdt/console/tables</c>.
/// </summary>
public static class StatusHtml
{
    public static string Render(EdgeStatus status)
    {
        var html = new StringBuilder();
        html.Append(Invariant($"<p>{Encode(status.Now.ToString("u", CultureInfo.InvariantCulture))} · latency simulation <b>{OnOff(status.LatencySimulation)}</b>"))
            .Append(Invariant($" · centralized <b>{OnOff(status.Centralized)}</b> · hold-down {status.HoldDownMs:0} ms</p>"));
        html.Append("<h2>Regions</h2><table><tr><th>region</th><th>health</th><th>why</th><th>in flight</th><th>soft/hard</th><th>overflow</th><th>instances live/desired</th>")
            .Append("<th>pref</th><th>penalty</th><th>replica</th><th>applied LSN</th><th>lag ms</th><th>as-of age ms</th><th>lag events</th><th>last heartbeat</th></tr>");
        foreach (var r in status.Regions)
        {
            html.Append(Invariant($"<tr><td>{Encode(r.DisplayName)} <small>({Encode(r.Name)})</small></td>"))
                .Append(Invariant($"<td class=\"{r.Health}\">{r.Health}</td><td>{Encode(r.Reason)}</td>"))
                .Append(Invariant($"<td class=\"n\">{r.InFlight}</td><td class=\"n\">{r.SoftLimit}/{r.HardLimit}</td><td class=\"n\">{r.OverflowShare:P0}</td>"))
                .Append(Invariant($"<td class=\"n\" title=\"{Encode(ScalingTitle(r.Autoscaler))}\">{Instances(r.Autoscaler)}</td>"))
                .Append(Invariant($"<td class=\"n\">{r.Preference}</td><td class=\"n\">{r.PenaltyMs:0.#} ms</td>"))
                .Append(Invariant($"<td class=\"{r.Lag?.State}\">{Encode(ReplicaState(r.Lag))}</td>"))
                .Append(Invariant($"<td>{Encode(r.Lag?.AppliedLsn ?? "–")}</td><td class=\"n\">{r.Lag?.HeartbeatLagMs:0}</td><td class=\"n\">{r.Lag?.LagMs:0}</td><td class=\"n\">{r.Lag?.LagEvents}</td>"))
                .Append(Invariant($"<td>{Encode(r.Lag?.LastHeartbeat?.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) ?? "–")}</td></tr>"));
        }

        html.Append("</table>");
        AppendAlerts(html, status.Alerts);
        html.Append("<h2>Shifts</h2>");
        html.Append(status.Shifts.Count == 0 ? "<p>none</p>" : "<ul>");
        foreach (var s in status.Shifts)
        {
            html.Append(Invariant($"<li>{s.Percent:0.#} % of {Encode(s.From)}'s shoppers → {Encode(s.To)}</li>"));
        }

        html.Append(status.Shifts.Count == 0 ? "" : "</ul>")
            .Append("<p><a href=\"" + XdtPaths.Status + "\">JSON</a></p>");
        return html.ToString();
    }

    private static void AppendAlerts(StringBuilder html, AlertsStatus alerts)
    {
        html.Append(Invariant($"<h2>Alerts <span class=\"{alerts.State}\" id=\"alerts-state\">{alerts.State}</span></h2>"));
        if (alerts.State == AlertsStatus.Unknown)
        {
            html.Append(Invariant($"<p>Not known: {Encode(alerts.Reason ?? "")}</p>"));
            return;
        }

        if (alerts.Firing.Count == 0)
        {
            html.Append("<p>none firing</p>");
            return;
        }

        html.Append("<table id=\"alerts\"><tr><th>alert</th><th>region</th><th>severity</th><th>since</th><th>description</th></tr>");
        foreach (var a in alerts.Firing)
        {
            html.Append(Invariant($"<tr><td class=\"firing\">{Encode(a.Name)}</td><td>{Encode(a.Region ?? "–")}</td><td>{Encode(a.Severity ?? "")}</td>"))
                .Append(Invariant($"<td>{Encode(a.Since?.ToString("HH:mm:ss", CultureInfo.InvariantCulture) ?? "–")}</td><td>{Encode(a.Description ?? a.Summary ?? "")}</td></tr>"));
        }

        html.Append("</table>");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string ReplicaState(RegionLag? lag) => lag switch
    {
        null => "–",
        { State: RegionLag.Rebuilding, RebuildProgress: { } progress } => Invariant($"rebuilding {progress:P0}"),
        _ => lag.State,
    };

    private static string Instances(RegionScalingStatus? scaling) =>
        scaling is null ? "–" : Invariant($"{scaling.LiveInstances}/{scaling.Desired}");

    // The column shows live/desired counts; the tooltip says why, whether the app host applies them, and which instances are live.
    private static string ScalingTitle(RegionScalingStatus? scaling) => scaling is null
        ? ""
        : Invariant($"{scaling.Mode}: {scaling.InFlightPerInstance:0.#} in flight per instance, target {scaling.Target:0.#}; live: ")
            + string.Join(", ", scaling.Instances.Where(i => i.Live).Select(i => i.Name));

    private static string OnOff(bool value) => value ? "on" : "off";
}
