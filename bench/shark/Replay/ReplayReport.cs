using System.Globalization;
using System.Text;

namespace Xdt.Bench.Shark.Replay;

/// <summary>The side by side of <c>--simulate --replay FILE</c>: measured, simulated, the tolerance, and whether it holds.</summary>
public static class ReplayReport
{
    public static string Format(RealRunRecord real, IReadOnlyList<ReplayCheck> checks)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));

        var (c, calibration) = (real.Configuration, real.Calibration);
        text.AppendLine();
        Line($"REPLAY: the real run of {real.RecordedAt:yyyy-MM-dd HH:mm} UTC ({c.Shoppers} shoppers, seed {c.Seed}, {c.ArrivalsSeconds:0} s of arrivals, {c.Regions.Count} regions; machine {real.Machine.BusyShare:0%} busy, load average {real.Machine.LoadAverageBefore})");
        Line($"beside the simulation at its scale, calibrated from it: service {calibration.ServiceMsMean:0.00} ms, unmodelled {calibration.OverheadMsMean:0.00} ms per page, instance start {Start(calibration)}");
        text.AppendLine("figure                              measured     simulated    tolerance    holds");
        foreach (var check in checks)
        {
            Line($"{check.Figure,-35} {check.Real,-12} {check.Simulated,-12} {check.Tolerance,-12} {(check.Holds ? "yes" : "NO")}");
        }

        return text.ToString();
    }

    private static string Start(RecordedCalibration calibration) =>
        calibration.InstanceStartSeconds.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"not measured (nothing scaled out; {ReplaySettings.UnmeasuredInstanceStartSeconds:0} s assumed)")
            : string.Create(CultureInfo.InvariantCulture, $"{calibration.MedianInstanceStartSeconds(0):0.#} s (median of {calibration.InstanceStartSeconds.Count})");

    public static string Summary(IReadOnlyList<ReplayCheck> checks) => string.Create(CultureInfo.InvariantCulture,
        $"replay: {checks.Count(c => c.Holds)} of {checks.Count} figures within tolerance{(checks.All(c => c.Holds) ? "" : ": " + string.Join(", ", checks.Where(c => !c.Holds).Select(c => c.Figure)))}");
}
