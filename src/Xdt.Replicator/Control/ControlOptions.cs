namespace Xdt.Replicator.Control;

/// <summary>The shared key control requests must present in <c>X-Xdt-Control-Key</c> (<c>Xdt:ControlKey</c>).</summary>
public sealed class ControlOptions
{
    public const string Section = "Xdt";

    /// <summary>When empty every control request is refused: a region cannot be cut off by accident.</summary>
    public string? ControlKey { get; set; }
}
