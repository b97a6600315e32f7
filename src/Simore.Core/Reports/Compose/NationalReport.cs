using System.Globalization;
using Simore.Core.FollowUp;
using Simore.Core.Registry;
using Simore.Core.Reports.Model;

namespace Simore.Core.Reports.Compose;

/// <summary>
/// The national report draft, in the shape of the reports States submit (Slovenia's
/// A/HRC/WG.6/48/SVN/1): methodology; implementation by cluster, each headed by the numbers of the
/// recommendations it covers, the published follow-up as numbered paragraphs; achievements,
/// challenges and needs; an annex matrix outside the 10,700-word limit.
/// </summary>
public static partial class NationalReport
{
    public const int WordLimit = 10_700;

    /// <summary>A one-line summary in the annex stops after this many words.</summary>
    private const int SummaryWords = 25;

    public static ReportDocument Compose(ReportModel model, ReportText text)
    {
        var L = text.L;
        var write = new DocumentWriter();
        var all = model.Recommendations.ToList();
        write.Add(new ContentsBlock(L["Contents"]));

        write.Main(L["Methodology and consultation process"]);
        foreach (var paragraph in Methodology.Paragraphs(model, text))
        {
            write.Numbered(paragraph);
        }

        if (string.IsNullOrWhiteSpace(model.Options.Methodology) && model.Network.Meetings.All(m => m.OtherAttendees is null))
        {
            write.Note(L["Describe the consultations held with civil society and the national human rights institution."]);
        }

        write.Main(L["Implementation of recommendations from the previous cycle"]);
        write.Numbered(Received(model, all, text));
        foreach (var cluster in model.Clusters)
        {
            WriteCluster(write, cluster, text);
        }

        write.Main(L["Achievements, challenges and technical assistance needs"]);
        WriteAchievements(write, all, text);
        WriteList(write, L["Challenges"], Distinct(all, a => a.Challenges), L["No challenges were reported with the follow-up."], text);
        WriteList(write, L["Technical assistance needs"], Distinct(all, a => a.TechnicalAssistanceNeeds), L["No technical assistance needs were reported with the follow-up."], text);

        write.Add(new AnnexBlock());
        write.Plain(1, L["Annex: implementation matrix"]);
        write.Add(Annex(model.ByReference.ToList(), text));

        var symbol = Symbol(model);
        var document = new ReportDocument(
            L["National report of {0}", model.State.Name],
            text.Language,
            text.IsRightToLeft,
            symbol,
            TitlePage(model, symbol, text),
            write.Blocks);
        return document with { Words = new WordBudget(BodyWords(document), WordLimit, L["Words in the body (annex excluded)"]) };
    }

    /// <summary>A/HRC/WG.6/&lt;session&gt;/&lt;ISO3&gt;/1, with a placeholder while the session is not known.</summary>
    public static string Symbol(ReportModel model) =>
        $"A/HRC/WG.6/{(model.Options.Session is { } s ? s.ToString(CultureInfo.InvariantCulture) : "[session]")}/{model.State.CountryCode}/1";

    /// <summary>Words of the text a reader counts: headings and paragraphs of the body, not notes, contents or annex.</summary>
    public static int BodyWords(ReportDocument document)
    {
        var words = 0;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case AnnexBlock:
                    return words;
                case HeadingBlock heading:
                    words += WordCount.Of(heading.Text) + WordCount.Of(heading.Covering);
                    break;
                case ParagraphBlock { Kind: not ParagraphKind.Note } paragraph:
                    words += WordCount.Of(paragraph.Text);
                    break;
                case TableBlock table:
                    words += WordCount.Of(table.Rows.SelectMany(r => r.Select(c => c.Text)));
                    break;
            }
        }

        return words;
    }

    private static TitlePage TitlePage(ReportModel model, string symbol, ReportText text)
    {
        var L = text.L;
        return new TitlePage(
            [L["United Nations"], L["General Assembly"], symbol],
            [L["Distr.: General"], text.Date(model.GeneratedAt), L["Original: {0}", text.LanguageName(model.State.DefaultLanguage)]],
            [L["Human Rights Council"], L["Working Group on the Universal Periodic Review"], model.Options.Session is { } s ? L["Session {0}", text.Number(s)] : L["Session {0}", "[session]"]],
            L["National report submitted pursuant to Human Rights Council resolutions 5/1 and 16/21"],
            model.State.Name,
            DraftNote(model, text),
            Period(model.Options, text));
    }

    internal static string DraftNote(ReportModel model, ReportText text) =>
        (model.Options.IncludeUnpublished
            ? text.L["Draft prepared on {0} from the follow-up recorded in the national mechanism, including follow-up not yet published. Not an official document.", text.Date(model.GeneratedAt)]
            : text.L["Draft prepared on {0} from the follow-up published by the national mechanism. Not an official document.", text.Date(model.GeneratedAt)]);

    internal static string? Period(ReportOptions options, ReportText text) => (options.From, options.To) switch
    {
        ({ } from, { } to) => text.L["Follow-up reported from {0} to {1}", text.Date(from), text.Date(to)],
        ({ } from, null) => text.L["Follow-up reported since {0}", text.Date(from)],
        (null, { } to) => text.L["Follow-up reported until {0}", text.Date(to)],
        _ => null,
    };

    private static string Received(ReportModel model, List<ReportRecommendation> all, ReportText text)
    {
        var L = text.L;
        var supported = all.Count(r => r.Position == Position.Supported);
        var noted = all.Count(r => r.Position is Position.Noted or Position.PartiallySupported);
        var review = model.Review.DocumentSymbol is { } symbol
            ? L["During its review in cycle {0} of the Universal Periodic Review ({1}), {2} received {3} recommendations; it supported {4} and noted {5}.", text.Number(model.Review.Cycle ?? 0), symbol, model.State.Name, text.Number(all.Count), text.Number(supported), text.Number(noted)]
            : L["{0} received {1} recommendations; it supported {2} and noted {3}.", model.State.Name, text.Number(all.Count), text.Number(supported), text.Number(noted)];
        return review + " " + L["The sections below report on their implementation by cluster, supported and noted recommendations alike."];
    }

    private static void WriteCluster(DocumentWriter write, ReportCluster cluster, ReportText text)
    {
        var L = text.L;
        write.Sub(StatusSummary.ClusterName(cluster, text), text.Covering(cluster.Range));
        var several = cluster.Recommendations.Count > 1;

        // One paragraph per text: an entry about several recommendations, or the same words reported on several, appear once.
        var paragraphs = cluster.Recommendations
            .SelectMany(r => r.Actions.Select(a => (Action: a, Recommendation: r)))
            .GroupBy(x => (Text: x.Action.Text.Trim(), x.Action.IsPublished))
            .Select(g => (g.Key.Text, g.Key.IsPublished, Covered: g.Select(x => x.Recommendation).DistinctBy(r => r.Id).ToList()));
        foreach (var (paragraph, published, covered) in paragraphs)
        {
            var runs = new List<Span> { new(paragraph) };
            if (several)
            {
                runs.Add(new Span(" " + text.Covering(RecommendationRanges.Format(covered.Select(r => (r.DocumentSymbol, r.Number))))));
            }

            if (!published)
            {
                runs.Add(new Span(" [" + L["not yet published"] + "]", SpanStyle.Italic));
            }

            write.Numbered([.. runs]);
        }

        var silent = cluster.Recommendations.Where(r => r.Actions.Count == 0).ToList();
        if (silent.Count > 0)
        {
            write.Note(L["No follow-up has been reported on {0}.", text.Covering(RecommendationRanges.Format(silent.Select(r => (r.DocumentSymbol, r.Number)))).Trim('(', ')')]);
        }
    }

    private static void WriteAchievements(DocumentWriter write, List<ReportRecommendation> all, ReportText text)
    {
        write.Sub(text.L["Achievements"]);
        write.Numbered(StatusSummary.Sentence(all, text));
        var achieved = all.Where(r => r.Status == ImplementationStatus.FullyImplemented && r.Actions.Count > 0).ToList();
        foreach (var group in achieved.GroupBy(r => Summary(r.Actions[^1].Text, 40), StringComparer.Ordinal))
        {
            write.Numbered(group.Key + " " + text.Covering(RecommendationRanges.Format(group.Select(r => (r.DocumentSymbol, r.Number)))));
        }
    }

    private static void WriteList(DocumentWriter write, string heading, List<(string Text, List<ReportRecommendation> About)> items, string none, ReportText text)
    {
        write.Sub(heading);
        if (items.Count == 0)
        {
            write.Note(none);
            return;
        }

        foreach (var (item, about) in items)
        {
            write.Numbered(item + " " + text.Covering(RecommendationRanges.Format(about.Select(r => (r.DocumentSymbol, r.Number)))));
        }
    }

    /// <summary>Each distinct text of a field of the entries, with the recommendations it was reported on.</summary>
    private static List<(string Text, List<ReportRecommendation> About)> Distinct(List<ReportRecommendation> all, Func<ReportAction, string?> field) =>
        all.SelectMany(r => r.Actions.Select(a => (Text: field(a), Recommendation: r)))
            .Where(x => x.Text is not null)
            .GroupBy(x => x.Text!, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Select(x => x.Recommendation).DistinctBy(r => r.Id).ToList()))
            .ToList();

    private static TableBlock Annex(List<ReportRecommendation> all, ReportText text)
    {
        var L = text.L;
        var columns = new[]
        {
            new TableColumn(L["No."], 1), new TableColumn(L["Recommendation"], 8), new TableColumn(L["Position"], 2),
            new TableColumn(L["Implementation status"], 2), new TableColumn(L["Institutions"], 3), new TableColumn(L["Summary of the follow-up"], 6),
        };
        var rows = all.Select(r => (IReadOnlyList<Cell>)
        [
            r.Number,
            r.TextWithStates,
            text.Position(r.Position),
            new Cell(text.Status(r.Status), Tones.Of(r.Status)),
            string.Join(", ", r.LeadInstitutions.Concat(r.ContributingInstitutions)),
            r.Actions.Count == 0 ? "\u2014" : Summary(r.Actions[^1].Text, SummaryWords),
        ]).ToList();
        return new TableBlock(columns, rows);
    }

    /// <summary>The first sentence, cut at <paramref name="words"/> words with an ellipsis.</summary>
    public static string Summary(string text, int words)
    {
        var sentence = text.Trim();
        var end = SentenceEnd().Match(sentence);
        if (end.Success && end.Index + end.Length < sentence.Length)
        {
            sentence = sentence[..(end.Index + end.Length)].TrimEnd();
        }

        var tokens = sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length <= words ? sentence : string.Join(' ', tokens.Take(words)) + "\u2026";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[.!?](?=\s)|[\u3002\u06D4\uFF01\uFF1F]", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SentenceEnd();
}
