using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Simore.Core.Network;

public static class NetworkServices
{
    /// <summary>Services of institutions, people and working groups.</summary>
    public static IServiceCollection AddNetwork(this IServiceCollection services)
    {
        // The invitation link's own token provider, for wherever Identity is added (web app, command line).
        services.AddTransient<InvitationTokenProvider>();
        services.Configure<IdentityOptions>(options =>
            options.Tokens.ProviderMap[InvitationTokenProvider.ProviderName] = new TokenProviderDescriptor(typeof(InvitationTokenProvider)));
        return services;
    }
}
