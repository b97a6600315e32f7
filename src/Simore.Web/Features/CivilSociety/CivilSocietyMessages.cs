using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;
using Simore.Core.Notifications;
using Simore.Core.Portal;

namespace Simore.Web.Features.CivilSociety;

/// <summary>
/// The e-mails civil society receives, written in the recipient's language: the confirmation of
/// their address, the note to someone who already has an account, the outcome of moderation.
/// </summary>
public static class CivilSocietyMessages
{
    public const string RegistrationKind = "Registration";

    public const string ModerationKind = "Moderation";

    public static (string Subject, string Body) Confirmation(IStringLocalizer<SharedResource> l, string language, string name, string stateName, string link)
    {
        using var culture = RecipientCulture.Use(language);
        var body = new StringBuilder()
            .AppendLine(l["Hello {0},", name].Value)
            .AppendLine()
            .AppendLine(l["Thank you for registering to take part in the public follow-up of the human rights recommendations {0} has received.", stateName].Value)
            .AppendLine()
            .AppendLine(l["Confirm your e-mail address with this link:"].Value)
            .AppendLine(link)
            .AppendLine()
            .AppendLine(l["The link expires in one day. Then sign in with the password you chose to comment and to submit independent assessments."].Value)
            .AppendLine()
            .AppendLine(l["If you did not register, ignore this message: nothing will be published in your name."].Value);
        return (l["Confirm your e-mail address for Simore ({0})", stateName].Value, body.ToString());
    }

    /// <summary>Someone registered with the address of an existing, confirmed account: its owner is told, not the visitor.</summary>
    public static (string Subject, string Body) ExistingAccount(IStringLocalizer<SharedResource> l, string language, string name, string stateName, string link)
    {
        using var culture = RecipientCulture.Use(language);
        var body = new StringBuilder()
            .AppendLine(l["Hello {0},", name].Value)
            .AppendLine()
            .AppendLine(l["Someone, probably you, asked to register this e-mail address to take part in the public follow-up of {0}. You already have a Simore account with this address.", stateName].Value)
            .AppendLine()
            .AppendLine(l["Sign in with your usual password and confirm that you want to take part:"].Value)
            .AppendLine(link)
            .AppendLine()
            .AppendLine(l["If it was not you, ignore this message: nothing has changed in your account."].Value);
        return (l["Your Simore account and {0}", stateName].Value, body.ToString());
    }

    /// <summary>The author hears that their contribution was published, not published, or taken down, and why.</summary>
    public static (string Subject, string Body) Moderation(
        IStringLocalizer<SharedResource> l, string language, string name, string stateName, ContributionRef contribution, ModerationStatus status, string? reason, string pageLink, string contributionsLink)
    {
        using var culture = RecipientCulture.Use(language);
        var what = contribution.Kind == ContributionKind.Comment
            ? l["Your comment on recommendation {0}", contribution.Reference].Value
            : l["Your independent assessment of recommendation {0}", contribution.Reference].Value;
        var subject = status switch
        {
            ModerationStatus.Approved => l["{0} is published", what].Value,
            ModerationStatus.Rejected => l["{0} was not published", what].Value,
            _ => l["{0} was taken down", what].Value,
        };
        var body = new StringBuilder()
            .AppendLine(l["Hello {0},", name].Value)
            .AppendLine()
            .AppendLine(status switch
            {
                ModerationStatus.Approved => l["The administrator of {0} has published your contribution. Everyone can read it on the recommendation's page:", stateName].Value,
                ModerationStatus.Rejected => l["The administrator of {0} has decided not to publish your contribution.", stateName].Value,
                _ => l["The administrator of {0} has taken down your contribution, which had been published.", stateName].Value,
            });
        if (status == ModerationStatus.Approved)
        {
            body.AppendLine(pageLink);
        }
        else
        {
            body.AppendLine(l["Reason given: {0}", reason ?? string.Empty].Value);
        }

        body.AppendLine()
            .AppendLine(l["All your contributions and their status:"].Value)
            .AppendLine(contributionsLink);
        return (subject, body.ToString());
    }

    /// <summary>Unique per event, so a moderation decision mails its author once.</summary>
    public static string ModerationKey(ContributionRef contribution, ModerationStatus status) =>
        string.Create(CultureInfo.InvariantCulture, $"moderation:{contribution.Kind}:{contribution.Id}:{status}");
}

public enum ContributionKind
{
    Comment = 1,
    Assessment = 2,
}

/// <summary>A comment or an assessment, as links and messages name it.</summary>
public sealed record ContributionRef(ContributionKind Kind, long Id, long RecommendationId, string Reference);
