using System.Globalization;

namespace Xdt.EdgeRouter.OperatorConsole;

/// <summary>A point in the console's SVG coordinates (x to the right, y downwards).</summary>
public readonly record struct MapPoint(double X, double Y)
{
    /// <summary>As an SVG <c>points</c> entry; one decimal is finer than a pixel at any size the page is drawn.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{X:0.#},{Y:0.#}");
}
