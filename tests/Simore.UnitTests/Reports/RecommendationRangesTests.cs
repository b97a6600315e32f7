using Simore.Core.Reports;

namespace Simore.UnitTests.Reports;

public sealed class RecommendationRangesTests
{
    private const string Dash = "\u2013";

    [Test]
    public void Consecutive_numbers_become_ranges_as_in_Slovenias_national_report()
    {
        var range = RecommendationRanges.Format(["1", "5", "7", "8", "9", "11", "12", "158", "159", "160"]);

        Assert.That(range.Text, Is.EqualTo($"1, 5, 7{Dash}9, 11{Dash}12, 158{Dash}160"));
        Assert.That(range.Count, Is.EqualTo(10));
    }

    [Test]
    public void Order_and_repetition_of_the_input_do_not_matter()
    {
        var range = RecommendationRanges.Format(["161", "16", "14", "15", "17", "15"]);

        Assert.That(range.Text, Is.EqualTo($"14{Dash}17, 161"));
        Assert.That(range.Count, Is.EqualTo(5));
    }

    [Test]
    public void A_single_number_stays_alone_and_an_empty_list_is_empty()
    {
        Assert.That(RecommendationRanges.Format(["15"]).Text, Is.EqualTo("15"));
        Assert.That(RecommendationRanges.Format(Array.Empty<string>()), Is.EqualTo(CompactRange.Empty));
    }

    [Test]
    public void Full_paragraph_numbers_join_only_under_the_same_paragraph()
    {
        var range = RecommendationRanges.Format(["113.1", "113.2", "113.3", "114.1", "114.2", "113.5"]);

        Assert.That(range.Text, Is.EqualTo($"113.1{Dash}113.3, 113.5, 114.1{Dash}114.2"));
    }

    [Test]
    public void Lettered_sub_paragraphs_are_listed_one_by_one()
    {
        var range = RecommendationRanges.Format(["12 (a)", "12 (b)", "14"]);

        Assert.That(range.Text, Is.EqualTo("12 (a), 12 (b), 14"));
    }

    [Test]
    public void Items_of_one_working_group_paragraph_are_known_by_their_item_number()
    {
        var labels = RecommendationRanges.Labels(["140.1", "140.2", "140.254"]);

        Assert.That(labels["140.254"], Is.EqualTo("254"));
        Assert.That(labels["140.1"], Is.EqualTo("1"));
    }

    [Test]
    public void Documents_numbered_under_several_paragraphs_keep_the_whole_number()
    {
        var labels = RecommendationRanges.Labels(["113.1", "114.1", "12 (b)"]);

        Assert.That(labels.Values, Is.EquivalentTo(new[] { "113.1", "114.1", "12 (b)" }));
    }

    [Test]
    public void Numbers_from_several_documents_are_listed_per_document()
    {
        var range = RecommendationRanges.Format([("A/HRC/59/15", "3"), ("A/HRC/43/15", "2"), ("A/HRC/43/15", "1"), ("A/HRC/59/15", "4")]);

        Assert.That(range.Text, Is.EqualTo($"A/HRC/43/15: 1{Dash}2; A/HRC/59/15: 3{Dash}4"));
        Assert.That(range.Count, Is.EqualTo(4));
    }
}
