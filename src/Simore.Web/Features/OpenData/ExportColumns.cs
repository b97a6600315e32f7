using System.Globalization;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;
using Simore.Core.Network;
using Simore.Web.Features.Api;
using Simore.Web.Features.Shared;

namespace Simore.Web.Features.OpenData;

/// <summary>
/// The columns of the CSV and XLSX exports: headers and labels in the reader's language, the
/// values of the API's items (whose names are already in that language), lists joined by "; ".
/// </summary>
public sealed class ExportColumns(IStringLocalizer<SharedResource> l)
{
    private const string Separator = "; ";

    public IReadOnlyList<string> Headers() =>
    [
        l["Reference"],
        l["Document symbol"],
        l["Paragraph"],
        l["Recommendation text"],
        l["Mechanism"],
        l["Body"],
        l["Cycle"],
        l["Session"],
        l["Position"],
        l["Recommended by"],
        l["Themes"],
        l["Groups of persons"],
        l["SDG targets"],
        l["Sustainable Development Goals"],
        l["Responsible institutions"],
        l["Implementation status"],
        l["Status updated on"],
        l["Link"],
    ];

    public IReadOnlyList<string> Values(ApiRecommendation r) =>
    [
        r.Reference,
        r.DocumentSymbol,
        r.Paragraph,
        r.Text,
        l[Display.Mechanism(r.Mechanism)],
        r.Body,
        r.Cycle?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        r.Session?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        l[Display.Position(r.Position)],
        string.Join(Separator, r.RecommendingStates.Select(s => s.Name)),
        string.Join(Separator, r.Themes.Select(t => t.Name)),
        string.Join(Separator, r.AffectedPersons.Select(g => g.Name)),
        string.Join(Separator, r.SdgTargets.Select(t => t.Code)),
        string.Join(Separator, r.SdgGoals.Select(g => g.Number.ToString(CultureInfo.InvariantCulture) + ". " + g.Name)),
        string.Join(Separator, r.Institutions.Select(i => i.Role == AssignmentRole.Lead ? $"{i.Name} ({l["lead"]})" : i.Name)),
        l[Display.Status(r.Status)],

        // ISO dates: a spreadsheet in any locale reads them as dates.
        r.StatusUpdatedAt?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        r.Url,
    ];
}
