using System.ComponentModel.DataAnnotations;

namespace Xdt.Admin.Seeding;

/// <summary>The demo sellers created on first start. The keys are configuration, never stored in clear.</summary>
public sealed class SeedOptions
{
    public const string Section = "Admin:Seed";

    public bool Enabled { get; set; } = true;

    [Required, MinLength(8)]
    public string DemoSellerKey { get; set; } = "xdt-demo-key";

    [Required, MinLength(8)]
    public string AcmeSellerKey { get; set; } = "xdt-acme-key";
}
