namespace Xdt.ServiceDefaults.Control;

/// <summary>The operator's key that control endpoints require (<c>Xdt:ControlKey</c>).</summary>
public sealed class ControlKeyOptions
{
    public const string SectionName = "Xdt";

    /// <summary>Empty means every control request is refused: no region is cut off or withdrawn by accident.</summary>
    public string? ControlKey { get; set; }
}
