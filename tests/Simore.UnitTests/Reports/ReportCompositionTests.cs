using Simore.Core.Reports;
using Simore.Core.Reports.Compose;

namespace Simore.UnitTests.Reports;

public sealed class ReportCompositionTests
{
    private const string Dash = "\u2013";

    [Test]
    public void Each_cluster_of_the_national_report_is_headed_by_the_recommendations_it_covers()
    {
        var document = NationalReport.Compose(ReportFixture.Model(), new ReportText("en"));

        var clusters = document.Blocks.OfType<HeadingBlock>().Where(h => h.Covering is not null).ToList();
        Assert.That(clusters.Select(h => h.Text), Is.EqualTo(new[] { "International obligations", "Trafficking" }));
        Assert.That(clusters[0].Covering, Is.EqualTo($"(Recommendations 1, 5, 7{Dash}9)"));
        Assert.That(clusters[1].Covering, Is.EqualTo($"(Recommendations 78{Dash}79)"));
    }

    [Test]
    public void Follow_up_shared_by_several_recommendations_is_one_numbered_paragraph_naming_them_all()
    {
        var document = NationalReport.Compose(ReportFixture.Model(), new ReportText("en"));

        var implementation = document.Blocks.TakeWhile(b => b is not HeadingBlock { Text: "Achievements, challenges and technical assistance needs" });
        var shared = implementation.OfType<ParagraphBlock>().Where(p => p.Kind == ParagraphKind.Numbered && p.Text.StartsWith(ReportFixture.SharedAction, StringComparison.Ordinal)).ToList();
        Assert.That(shared, Has.Count.EqualTo(1));
        Assert.That(shared[0].Text, Does.EndWith($"(Recommendations 1, 7, 9)"));
    }

    [Test]
    public void Unpublished_follow_up_is_marked_and_silent_recommendations_get_a_drafting_note()
    {
        var document = NationalReport.Compose(ReportFixture.Model(), new ReportText("en"));
        var paragraphs = document.Blocks.OfType<ParagraphBlock>().ToList();

        Assert.That(paragraphs.Single(p => p.Text.Contains(ReportFixture.UnpublishedAction, StringComparison.Ordinal)).Text, Does.Contain("[not yet published]"));
        Assert.That(paragraphs.Where(p => p.Kind == ParagraphKind.Note).Select(p => p.Text), Has.Some.EqualTo("No follow-up has been reported on Recommendation 5."));
    }

    [Test]
    public void Challenges_are_gathered_with_the_recommendations_they_concern()
    {
        var document = NationalReport.Compose(ReportFixture.Model(), new ReportText("en"));

        Assert.That(document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text), Has.Some.EqualTo(ReportFixture.Challenge + " (Recommendation 78)"));
    }

    [Test]
    public void The_word_count_covers_the_body_but_not_the_notes_nor_the_annex()
    {
        var document = NationalReport.Compose(ReportFixture.Model(), new ReportText("en"));
        var annexStart = document.Blocks.ToList().FindIndex(b => b is AnnexBlock);
        var body = document.Blocks.Take(annexStart).ToList();
        var expected = body.OfType<HeadingBlock>().Sum(h => WordCount.Of(h.Text) + WordCount.Of(h.Covering))
            + body.OfType<ParagraphBlock>().Where(p => p.Kind != ParagraphKind.Note).Sum(p => WordCount.Of(p.Text));

        Assert.That(document.Words, Is.Not.Null);
        Assert.That(document.Words!.Words, Is.EqualTo(expected));
        Assert.That(document.Words.Limit, Is.EqualTo(10_700));
        Assert.That(document.Blocks.Skip(annexStart).OfType<TableBlock>().Single().Rows, Has.Count.EqualTo(ReportFixture.RecommendationCount));
    }

    [Test]
    public void The_symbol_has_a_placeholder_until_the_session_is_known()
    {
        var model = ReportFixture.Model();

        Assert.That(NationalReport.Symbol(model), Is.EqualTo("A/HRC/WG.6/[session]/SVN/1"));
        Assert.That(NationalReport.Symbol(model with { Options = model.Options with { Session = 53 } }), Is.EqualTo("A/HRC/WG.6/53/SVN/1"));
    }

    [Test]
    public void The_drafters_methodology_replaces_the_paragraphs_built_from_the_data()
    {
        var model = ReportFixture.Model();
        var written = model with { Options = model.Options with { Methodology = "First paragraph\nstill the first.\n\nSecond paragraph." } };

        var fromData = Methodology.Paragraphs(model, new ReportText("en"));
        var typed = Methodology.Paragraphs(written, new ReportText("en"));

        Assert.That(fromData[1], Does.Contain("12 institutions and 30 focal points"));
        Assert.That(fromData, Has.Some.Contains("took part in 1 of these meetings (Two non-governmental organisations)"));
        Assert.That(typed, Is.EqualTo(new[] { "First paragraph still the first.", "Second paragraph." }));
    }

    [Test]
    public void The_mid_term_report_counts_statuses_and_shows_every_recommendation_with_its_assessments()
    {
        var document = MidTermReport.Compose(ReportFixture.Model(ReportKind.MidTerm), new ReportText("en"));

        var chart = document.Blocks.OfType<StatusChartBlock>().Single();
        Assert.That(chart.Bars[0].Total, Is.EqualTo(ReportFixture.RecommendationCount));
        Assert.That(chart.Bars[0].Counts[StatusTone.Fully], Is.EqualTo(3));
        Assert.That(chart.Bars[0].Counts[StatusTone.NoInformation], Is.EqualTo(1));
        Assert.That(document.Blocks.OfType<ParagraphBlock>().Count(p => p.Kind == ParagraphKind.Lead), Is.EqualTo(ReportFixture.RecommendationCount));
        Assert.That(document.Blocks.OfType<ParagraphBlock>().Select(p => p.Text), Has.Some.Contains("Independent assessment by Human rights organisation"));
    }

    [Test]
    public void The_institution_report_separates_what_was_reported_from_what_was_not()
    {
        var document = InstitutionReport.Compose(ReportFixture.Model(ReportKind.Institution, includeUnpublished: false), new ReportText("en"));

        var silent = document.Blocks.OfType<TableBlock>().Last();
        Assert.That(silent.Rows.Select(r => r[0].Text), Is.EqualTo(new[] { "5", "79" }));
        Assert.That(document.Blocks.OfType<ParagraphBlock>().First(p => p.Kind == ParagraphKind.Numbered).Text, Does.Contain("It has reported follow-up on 5 of them; 2 have no follow-up from it."));
    }

    [Test]
    public void Headings_and_labels_are_in_the_language_of_the_report_whatever_the_thread_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("ru");
        try
        {
            var document = NationalReport.Compose(ReportFixture.Model(language: "fr"), new ReportText("fr"));

            Assert.That(document.Language, Is.EqualTo("fr"));
            Assert.That(document.Blocks.OfType<HeadingBlock>().First().Text, Is.EqualTo(new ReportText("fr").L["Methodology and consultation process"]));
            Assert.That(document.Blocks.OfType<HeadingBlock>().First().Text, Is.Not.EqualTo("Methodology and consultation process"), "translated");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }
}
