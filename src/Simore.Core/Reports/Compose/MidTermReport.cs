using Simore.Core.Reports.Model;

namespace Simore.Core.Reports.Compose;

/// <summary>
/// The voluntary mid-term report: a traffic-light summary of where every recommendation stands,
/// then per cluster every recommendation, supported and noted, with its status, what was done and
/// the independent assessments published beside the State's account.
/// </summary>
public static class MidTermReport
{
    public static ReportDocument Compose(ReportModel model, ReportText text)
    {
        var L = text.L;
        var write = new DocumentWriter();
        var all = model.Recommendations.ToList();
        write.Add(new ContentsBlock(L["Contents"]));

        write.Main(L["Introduction"]);
        foreach (var paragraph in Methodology.Paragraphs(model, text))
        {
            write.Numbered(paragraph);
        }

        write.Main(L["Overview of implementation"]);
        write.Numbered(StatusSummary.Sentence(all, text));
        write.Add(StatusSummary.Chart(all, text));
        write.Add(StatusSummary.ByCluster(model.Clusters, text));

        write.Main(L["Implementation of the recommendations by cluster"]);
        foreach (var cluster in model.Clusters)
        {
            write.Sub(StatusSummary.ClusterName(cluster, text), text.Covering(cluster.Range));
            foreach (var recommendation in cluster.Recommendations)
            {
                RecommendationBlocks.Write(write, recommendation, text, withAssessments: true);
            }
        }

        var cycle = model.Review.Cycle is { } c ? text.Number(c) : "[cycle]";
        return new ReportDocument(
            L["Mid-term report of {0}", model.State.Name],
            text.Language,
            text.IsRightToLeft,
            null,
            new TitlePage(
                [model.State.Name],
                [text.Date(model.GeneratedAt)],
                [L["Universal Periodic Review"]],
                L["Voluntary mid-term report on the implementation of the recommendations received in cycle {0} of the Universal Periodic Review", cycle],
                model.State.Name,
                NationalReport.DraftNote(model, text),
                NationalReport.Period(model.Options, text)),
            write.Blocks);
    }
}

/// <summary>One recommendation with its position, status, institutions, actions and assessments.</summary>
internal static class RecommendationBlocks
{
    public static void Write(DocumentWriter write, ReportRecommendation r, ReportText text, bool withAssessments)
    {
        var L = text.L;
        write.Paragraph(ParagraphKind.Lead, new Span(r.Number + ". ", SpanStyle.Bold), new Span(r.TextWithStates, SpanStyle.Bold));
        var facts = new List<Span>
        {
            new(L["Position"] + ": "), new(text.Position(r.Position)), new(" \u00B7 " + L["Implementation status"] + ": "),
            new(text.Status(r.Status), SpanStyle.Plain, Tones.Of(r.Status)),
        };
        if (r.LeadInstitutions.Count > 0)
        {
            facts.Add(new Span(" \u00B7 " + L["Lead institutions"] + ": " + string.Join(", ", r.LeadInstitutions)));
        }

        if (r.Deadline is { } deadline)
        {
            facts.Add(new Span(" \u00B7 " + L["Deadline"] + ": " + text.Date(deadline)));
        }

        write.Paragraph(ParagraphKind.Indented, [.. facts]);
        foreach (var action in r.Actions)
        {
            var runs = new List<Span> { new(MatrixTable.ActionSource(action, text) + ": ", SpanStyle.Italic), new(action.Text) };
            if (!action.IsPublished)
            {
                runs.Add(new Span(" [" + L["not yet published"] + "]", SpanStyle.Italic));
            }

            write.Paragraph(ParagraphKind.Indented, [.. runs]);
        }

        if (r.Actions.Count == 0)
        {
            write.Note(L["No follow-up has been reported on this recommendation."]);
        }

        foreach (var indicator in r.Indicators)
        {
            write.Paragraph(ParagraphKind.Indented, new Span(L["Indicator"] + ": ", SpanStyle.Italic), new Span(MatrixTable.Indicator(indicator, text)));
        }

        if (withAssessments)
        {
            foreach (var assessment in r.Assessments)
            {
                write.Paragraph(
                    ParagraphKind.Indented,
                    new Span(L["Independent assessment by {0}", assessment.Author] + ": ", SpanStyle.Italic),
                    new Span(text.Status(assessment.AssessedStatus), SpanStyle.Plain, Tones.Of(assessment.AssessedStatus)),
                    new Span(". " + assessment.Text, SpanStyle.Italic));
            }
        }
    }
}
