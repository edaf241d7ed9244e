using Microsoft.AspNetCore.Http;
using Xdt.Storefront.Pages;

namespace Xdt.Tests.Storefront;

[Trait(Tier.Name, Tier.Unit)]
public sealed class HostRulesTests
{
    [Theory]
    [InlineData("demo.xdt.test", "demo.xdt.test")]
    [InlineData("Demo.XDT.test:8080", "demo.xdt.test")]
    [InlineData("demo.xdt.test.", "demo.xdt.test")]
    [InlineData("localhost", null)]
    [InlineData("localhost:5000", null)]
    [InlineData("app.localhost", null)]
    [InlineData("127.0.0.1:55302", null)]
    [InlineData("[::1]:8080", null)]
    [InlineData("storefront-frankfurt", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void CustomDomain_HostHeader_NamesStoreDomainOrNothing(string? host, string? expected) =>
        Assert.Equal(expected, HostRules.CustomDomain(host));

    [Fact]
    public void CustomDomain_ForwardedHost_WinsOverHost()
    {
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString("127.0.0.1", 5000);
        context.Request.Headers[HostRules.ForwardedHostHeader] = "acme.xdt.test, proxy.internal";

        Assert.Equal("acme.xdt.test", HostRules.CustomDomain(context.Request));
    }

    [Fact]
    public void CustomDomain_NoForwardedHost_UsesHost()
    {
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString("demo.xdt.test");

        Assert.Equal("demo.xdt.test", HostRules.CustomDomain(context.Request));
    }
}
