using Xdt.Geography;
using Xdt.Storefront.Freshness;

namespace Xdt.Storefront.Rendering;

/// <summary>What every page shows besides its content: the serving region and how fresh its data is.</summary>
public sealed record PageContext(Region Region, FreshnessSnapshot Freshness);
