using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Xdt.ServiceDefaults.Control;

public static class ControlKeyExtensions
{
    /// <summary>The options behind <see cref="ControlKeyFilter"/>; <see cref="Microsoft.Extensions.Hosting.Extensions.AddServiceDefaults"/> registers them.</summary>
    public static IServiceCollection AddControlKey(this IServiceCollection services)
    {
        services.AddOptions<ControlKeyOptions>().BindConfiguration(ControlKeyOptions.SectionName);
        return services;
    }

    /// <summary>Every endpoint of the group requires the operator's control key.</summary>
    public static RouteGroupBuilder RequireControlKey(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter<ControlKeyFilter>();
        return group;
    }
}
