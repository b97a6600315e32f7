using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Simore.Core.Identity;
using Simore.Core.Localization;
using Simore.Core.Tenancy;

namespace Simore.Core.Notifications;

/// <summary>Writes a digest in the recipient's language: plain text, each role's sections followed by the page to act on them.</summary>
public sealed class DigestWriter(IStringLocalizer<SharedResource> l, NotificationLinks links)
{
    public Reminder Write(Tenant tenant, Recipient to, string dedupKey, DigestContent content)
    {
        using var culture = RecipientCulture.Use(to.Language);
        var body = new StringBuilder();
        body.AppendLine(l["Hello {0},", to.Name]).AppendLine();
        body.AppendLine(l["Here is what waits for you in Simore."]).AppendLine();

        // A single | so that every section is written, not only the first that has something.
        var focal = Section(body, l["Recommendations past their deadline ({0})", content.Overdue.Count], content.Overdue.Select(Due))
            | Section(body, l["Recommendations due within 30 days ({0})", content.DueSoon.Count], content.DueSoon.Select(Due))
            | Section(body, l["Follow-up returned to your institution for changes ({0})", content.Returned.Count], content.Returned.Select(e => e.Label));
        Link(body, focal, l["Open your follow-up: {0}", links.Work(tenant.Slug)]);
        Link(body, Section(body, l["Follow-up waiting for your validation ({0})", content.ToValidate.Count], content.ToValidate.Select(e => e.Label)),
            l["Validate: {0}", links.Validation(tenant.Slug)]);
        Link(body, Section(body, l["Follow-up waiting for publication ({0})", content.ToPublish.Count], content.ToPublish.Select(e => Institution(content, e) + " - " + e.Label)),
            l["Review and publish: {0}", links.Review(tenant.Slug)]);

        body.AppendLine("--");
        body.AppendLine(to.Frequency == DigestFrequency.Daily
            ? l["You receive this digest every day when something waits for you."]
            : l["You receive this digest every Monday when something waits for you."]);
        body.AppendLine(l["Choose what Simore sends you: {0}", links.Preferences()]);
        return new Reminder(dedupKey, EmailKinds.Digest, to, culture.Language, l["{0}: what waits for you in Simore", tenant.Name], body.ToString());
    }

    private string Due(DueRecommendation item) =>
        l["{0} (deadline: {1})", item.Label, item.Deadline.ToString("D", CultureInfo.CurrentCulture)];

    private static string Institution(DigestContent content, WaitingEntry entry) =>
        content.Institutions.TryGetValue(entry.InstitutionId, out var institution)
            ? institution.NameIn(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
            : string.Empty;

    /// <returns>Whether the section had anything (and was written).</returns>
    private static bool Section(StringBuilder body, string title, IEnumerable<string> items)
    {
        var lines = items.ToList();
        if (lines.Count == 0)
        {
            return false;
        }

        body.AppendLine(title);
        lines.ForEach(line => body.Append("- ").AppendLine(line));
        body.AppendLine();
        return true;
    }

    private static void Link(StringBuilder body, bool written, string link)
    {
        if (written)
        {
            body.AppendLine(link).AppendLine();
        }
    }
}
