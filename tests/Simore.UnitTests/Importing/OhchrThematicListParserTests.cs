using Simore.Core.Importing.Ohchr;
using Simore.Core.Registry;
using Simore.Testing;

namespace Simore.UnitTests.Importing;

/// <summary>The parser against the two real OHCHR lists Slovenia received (cycles 2 and 4).</summary>
public sealed class OhchrThematicListParserTests
{
    private static readonly OhchrThematicListParser Parser = new(name => CountryDirectory.Instance.Resolve(name) is not null);

    private static OhchrThematicList Parse(string file)
    {
        using var stream = File.OpenRead(RepositoryFiles.PathOf("tests", "data", "ohchr", file));
        return Parser.Parse(stream);
    }

    [Test]
    public void Cycle_4_list_has_254_recommendations_217_supported_37_noted()
    {
        var list = Parse("SVN_cycle4_UPR48_thematic_list.docx");

        Assert.That(list.Problems, Is.Empty);
        Assert.That(list.Rows, Has.Count.EqualTo(254));
        Assert.That(list.Rows.Count(r => r.Position == "Supported"), Is.EqualTo(217));
        Assert.That(list.Rows.Count(r => r.Position == "Noted"), Is.EqualTo(37));
        Assert.That(list.Rows.Select(r => r.Paragraph).Distinct().Count(), Is.EqualTo(254));
        Assert.That((list.StateName, list.Cycle, list.Session), Is.EqualTo(("Slovenia", (int?)4, (int?)48)));
        Assert.That(list.ReportSymbol, Is.EqualTo("A/HRC/59/15"));
    }

    [Test]
    public void Cycle_4_row_keeps_text_states_source_themes_groups_and_sdgs_apart()
    {
        var row = Parse("SVN_cycle4_UPR48_thematic_list.docx").Rows.Single(r => r.Paragraph == "140.7");

        Assert.That(row.Text, Is.EqualTo("Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights"));
        Assert.That(row.RecommendingStates, Is.EqualTo(new[] { "Maldives", "Portugal" }));
        Assert.That(row.PositionSource, Is.EqualTo("A/HRC/59/15/Add.1 - Para.3"));
        Assert.That(row.Theme, Is.EqualTo("Ratification of & accession to international instruments"));
        Assert.That(row.Themes, Is.EqualTo(new[] { "Ratification of & accession to international instruments", "Economic, social & cultural rights - general measures of implementation" }));
        Assert.That(row.GroupsOfPersons, Is.EqualTo(new[] { "Public officials" }));
        Assert.That(row.SdgGoals, Is.EqualTo(new[] { 1, 2, 3, 4, 5, 6, 7, 8 }));
    }

    [Test]
    public void Eight_recommending_States_in_separate_parentheses_are_all_found()
    {
        var row = Parse("SVN_cycle4_UPR48_thematic_list.docx").Rows.Single(r => r.Paragraph == "140.1");

        Assert.That(row.RecommendingStates, Has.Count.EqualTo(8));
        Assert.That(row.RecommendingStates, Does.Contain("Bolivarian Republic of Venezuela"));
        Assert.That(row.Position, Is.EqualTo("Noted"));
        Assert.That(row.Text, Does.EndWith("Members of Their Families"));
    }

    [Test]
    public void Every_recommending_State_of_both_lists_resolves_to_a_country()
    {
        var names = Parse("SVN_cycle4_UPR48_thematic_list.docx").Rows
            .Concat(Parse("SVN_cycle2_UPR20_thematic_list.docx").Rows)
            .SelectMany(r => r.RecommendingStates)
            .Distinct()
            .ToList();

        Assert.That(names, Has.Count.GreaterThan(100));
        Assert.That(names.Where(n => CountryDirectory.Instance.Resolve(n) is null), Is.Empty);
    }

    [Test]
    public void Cycle_2_list_reads_the_older_layout_with_legacy_themes()
    {
        var list = Parse("SVN_cycle2_UPR20_thematic_list.docx");
        var row = list.Rows.Single(r => r.Paragraph == "115.3");

        Assert.That(list.Problems, Is.Empty);
        Assert.That(list.Rows, Has.Count.EqualTo(163));
        Assert.That(list.Rows.Count(r => r.Position == "Supported"), Is.EqualTo(142));
        Assert.That(list.Rows.Count(r => r.Position == "Noted"), Is.EqualTo(21));
        Assert.That((list.Cycle, list.Session), Is.EqualTo(((int?)2, (int?)20)));
        Assert.That(list.ReportSymbol, Is.EqualTo("A/HRC/28/15"));
        Assert.That(row.RecommendingStates, Is.EqualTo(new[] { "Portugal", "Slovakia" }));
        Assert.That(row.Themes, Is.EqualTo(new[] { "A12 Acceptance of international norms" }));
        Assert.That(row.GroupsOfPersons, Is.EqualTo(new[] { "children" }));
        Assert.That(row.SdgGoals, Is.Empty);
    }

    [Test]
    public void A_file_that_is_not_a_word_document_is_one_clear_problem()
    {
        using var stream = new MemoryStream("this is not a zip file"u8.ToArray());

        var list = Parser.Parse(stream);

        Assert.That(list.Rows, Is.Empty);
        Assert.That(list.Problems.Single().Message, Is.EqualTo("The file is not a Word document (.docx) or it is damaged."));
    }

    [Test]
    public void A_truncated_document_is_refused_not_half_read()
    {
        var bytes = File.ReadAllBytes(RepositoryFiles.PathOf("tests", "data", "ohchr", "SVN_cycle4_UPR48_thematic_list.docx"));
        using var stream = new MemoryStream(bytes[..(bytes.Length / 2)]);

        var list = Parser.Parse(stream);

        Assert.That(list.Rows, Is.Empty);
        Assert.That(list.Problems, Has.Count.EqualTo(1));
    }
}
