namespace Xdt.EdgeRouter.Control;

/// <summary>The key the control API requires in <c>X-Xdt-Control-Key</c> (configuration <c>Xdt:ControlKey</c>).</summary>
public sealed class ControlOptions
{
    public const string SectionName = "Xdt";
    public const string HeaderName = "X-Xdt-Control-Key";

    /// <summary>Empty means the control API refuses everything.</summary>
    public string? ControlKey { get; set; }
}
