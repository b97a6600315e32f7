using System.Diagnostics.CodeAnalysis;

namespace Simore.Web.Features.Shared;

/// <summary>The only kind of link Simore takes from people and shows as a link: an absolute http or https address with a host.</summary>
public static class WebAddress
{
    public static bool IsValid(string? value) => TryParse(value, out _);

    public static bool TryParse(string? value, [NotNullWhen(true)] out Uri? address) =>
        Uri.TryCreate(value, UriKind.Absolute, out address)
        && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(address.Host);
}
