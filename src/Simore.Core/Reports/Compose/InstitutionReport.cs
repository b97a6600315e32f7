using Simore.Core.FollowUp;
using Simore.Core.Reports.Model;

namespace Simore.Core.Reports.Compose;

/// <summary>
/// What one institution has and has not reported: its work in each step of the workflow, the
/// recommendations it reported on, and those it leads or contributes to with no follow-up yet.
/// </summary>
public static class InstitutionReport
{
    public static ReportDocument Compose(ReportModel model, ReportText text)
    {
        var L = text.L;
        var focus = model.Institution ?? throw new InvalidOperationException("An institution report needs its institution.");
        var write = new DocumentWriter();
        var all = model.Recommendations.ToList();
        var reported = all.Where(r => r.Actions.Count > 0).ToList();
        var silent = all.Where(r => r.Actions.Count == 0).ToList();
        write.Add(new ContentsBlock(L["Contents"]));

        write.Main(L["Summary"]);
        var leads = all.Count(r => focus.LeadRecommendationIds.Contains(r.Id));
        write.Numbered(L["{0} leads the implementation of {1} of the recommendations covered and contributes to {2}. It has reported follow-up on {3} of them; {4} have no follow-up from it.", focus.Name, text.Number(leads), text.Number(all.Count - leads), text.Number(reported.Count), text.Number(silent.Count)]);
        write.Add(new TableBlock(
            [new TableColumn(L["Follow-up entries"], 3), new TableColumn(L["Number"], 1, Numeric: true)],
            Enum.GetValues<EntryStatus>().Select(s => (IReadOnlyList<Cell>)[text.EntryStatus(s), text.Number(focus.EntriesByStatus.GetValueOrDefault(s))]).ToList(),
            L["Follow-up entries of the institution by step of the workflow"]));
        write.Add(StatusSummary.Chart(all, text));

        write.Main(L["Recommendations with follow-up"]);
        if (reported.Count == 0)
        {
            write.Note(L["The institution has not reported follow-up on any of these recommendations yet."]);
        }

        foreach (var recommendation in reported)
        {
            RecommendationBlocks.Write(write, recommendation, text, withAssessments: false);
        }

        write.Main(L["Recommendations without follow-up"]);
        if (silent.Count == 0)
        {
            write.Body(L["The institution has reported follow-up on every recommendation it is responsible for."]);
        }
        else
        {
            var today = DateOnly.FromDateTime(model.GeneratedAt.UtcDateTime);
            write.Add(new TableBlock(
                [new TableColumn(L["No."], 1), new TableColumn(L["Recommendation"], 8), new TableColumn(L["Role"], 2), new TableColumn(L["Deadline"], 2)],
                silent.Select(r => (IReadOnlyList<Cell>)
                [
                    r.Number,
                    r.TextWithStates,
                    focus.LeadRecommendationIds.Contains(r.Id) ? L["Lead institution"] : L["Contributing institution"],
                    r.Deadline is { } d ? new Cell(text.Date(d), d < today ? StatusTone.NotStarted : null) : "\u2014",
                ]).ToList()));
        }

        return new ReportDocument(
            L["Progress report of {0}", focus.Name],
            text.Language,
            text.IsRightToLeft,
            null,
            new TitlePage(
                [model.State.Name],
                [text.Date(model.GeneratedAt)],
                [L["National mechanism for implementation, reporting and follow-up"]],
                L["Progress report of {0}", focus.Name],
                model.State.Name,
                NationalReport.DraftNote(model, text),
                NationalReport.Period(model.Options, text)),
            write.Blocks);
    }
}
