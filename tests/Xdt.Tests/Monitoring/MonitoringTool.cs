using System.Diagnostics;
using Xdt.Tests.Infrastructure;

namespace Xdt.Tests.Monitoring;

/// <summary>Runs Debian's <c>promtool</c> or <c>amtool</c> (scripts/setup.sh installs them) and returns its exit code and output.</summary>
public static class MonitoringTool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static Task<(int ExitCode, string Output)> PromtoolAsync(params string[] arguments) => RunAsync("promtool", arguments);

    public static Task<(int ExitCode, string Output)> AmtoolAsync(params string[] arguments) => RunAsync("amtool", arguments);

    private static Task<(int ExitCode, string Output)> RunAsync(string tool, string[] arguments) =>
        ToolProcess.RunAsync(new ProcessStartInfo(tool, arguments), Timeout);
}
