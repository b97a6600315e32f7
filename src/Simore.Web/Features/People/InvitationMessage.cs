using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Simore.Core.Identity;
using Simore.Core.Localization;
using Simore.Core.Network;
using Simore.Web.Features.Shared;

namespace Simore.Web.Features.People;

/// <summary>What an invitation says: who, where, which role, and the link.</summary>
public sealed record InvitationFacts(string DisplayName, string StateName, string Role, Institution? Institution, bool IsMain, string Link, bool NewAccount);

/// <summary>The subject and body of an invitation, written in the invitee's language.</summary>
public static class InvitationMessage
{
    public static (string Subject, string Body) Compose(IStringLocalizer<SharedResource> l, string language, InvitationFacts facts)
    {
        using var scope = LanguageScope.Use(language);
        var role = RolePhrase(l, language, facts);
        var body = new StringBuilder()
            .AppendLine(l["Hello {0},", facts.DisplayName])
            .AppendLine();
        if (facts.NewAccount)
        {
            body.AppendLine(l["You are invited to Simore, where {0} follows up the human rights recommendations it receives, as {1}.", facts.StateName, role])
                .AppendLine()
                .AppendLine(l["Choose your password with this link to activate your account:"])
                .AppendLine(facts.Link)
                .AppendLine()
                .AppendLine(l["The link works once and expires in {0} days.", InvitationTokenProvider.Lifetime.Days.ToString(CultureInfo.CurrentCulture)]);
        }
        else
        {
            body.AppendLine(l["You have a new role in Simore for {0}: {1}.", facts.StateName, role])
                .AppendLine()
                .AppendLine(l["Sign in with your usual password:"])
                .AppendLine(facts.Link);
        }

        body.AppendLine()
            .AppendLine(l["If you did not expect this message, contact the administrator of {0}.", facts.StateName]);
        var subject = facts.NewAccount
            ? l["Your invitation to Simore ({0})", facts.StateName]
            : l["A new role in Simore ({0})", facts.StateName];
        return (subject.Value, body.ToString());
    }

    private static string RolePhrase(IStringLocalizer<SharedResource> l, string language, InvitationFacts facts)
    {
        var institution = facts.Institution?.NameIn(language);
        return (facts.Role, institution) switch
        {
            (Roles.FocalPoint, not null) when facts.IsMain => l["main focal point of {0}", institution].Value,
            (Roles.FocalPoint, not null) => l["alternate focal point of {0}", institution].Value,
            (Roles.Validator, not null) => l["validator of {0}", institution].Value,
            _ => l[Display.Role(facts.Role)].Value,
        };
    }
}
