using Simore.Core.Importing;
using Simore.Core.Registry;

namespace Simore.UnitTests.Importing.Uhri;

/// <summary>What both UHRI fixtures must read into; only row numbers differ (.xlsx counts the header).</summary>
internal static class UhriSampleExpectations
{
    public static void Check(ParsedFile parsed, int firstRow)
    {
        Assert.That(parsed.Problems, Is.Empty);
        Assert.That(parsed.Records.Select(r => r.Paragraph), Is.EqualTo(new[] { "140.7", "140.12", "12 (b)", "74 (a)", "#2999001" }));
        Assert.That(parsed.Records.Select(r => r.RowNumber), Is.EqualTo(Enumerable.Range(firstRow, 5)));
        Assert.That(parsed.Records.Select(r => r.StateUnderReview), Is.All.EqualTo("Slovenia"));

        var upr = parsed.Records[0];
        Assert.That(upr.Text, Is.EqualTo("Ratify the Optional Protocol to the International Covenant on Economic, Social and Cultural Rights"));
        Assert.That(upr.RecommendingStates, Is.EqualTo(new[] { "Maldives", "Portugal" }));
        Assert.That(upr.Position, Is.EqualTo("Supported"));
        Assert.That(upr.PositionSource, Is.EqualTo("A/HRC/59/15/Add.1 - Para.3"));
        Assert.That(upr.Document, Is.EqualTo(new DocumentReference("A/HRC/59/15", Mechanism.Upr, "UPR", 4, 48, new DateOnly(2025, 7, 15), null, null)));
        Assert.That(upr.Themes, Is.EqualTo(new[] { "Ratification of & accession to international instruments", "Economic, social & cultural rights - general measures of implementation" }));
        Assert.That(upr.Groups, Is.EqualTo(new[] { "Public officials" }));
        Assert.That(upr.Sdgs, Is.EqualTo(new[] { "1", "16.3" }));
        Assert.That(upr.ExternalId, Is.EqualTo("2981234"));

        var noted = parsed.Records[1];
        Assert.That((noted.Position, noted.Document.Session, noted.Document.Cycle), Is.EqualTo(("Noted", (int?)48, (int?)4)), "\"48th session\" is session 48");
        Assert.That(noted.Sdgs, Is.EqualTo(new[] { "16" }));

        var cedaw = parsed.Records[2];
        Assert.That(cedaw.Text, Does.StartWith("Adopt a comprehensive definition of discrimination against women"));
        Assert.That(cedaw.Document, Is.EqualTo(new DocumentReference("CEDAW/C/SVN/CO/7", Mechanism.TreatyBody, "CEDAW", null, null, new DateOnly(2023, 10, 30), null, null)));
        Assert.That((cedaw.RecommendingStates, cedaw.Position), Is.EqualTo((Array.Empty<string>(), (string?)null)));

        var crc = parsed.Records[3];
        Assert.That((crc.Document.BodyCode, crc.Document.Mechanism, crc.Document.PublishedOn), Is.EqualTo(("CRC", Mechanism.TreatyBody, (DateOnly?)new DateOnly(2023, 2, 17))));
        Assert.That(crc.Groups, Is.EqualTo(new[] { "Children", "Persons living in poverty" }));
        Assert.That(crc.Sdgs, Is.EqualTo(new[] { "1.3", "16.2" }));

        var rapporteur = parsed.Records[4];
        Assert.That(rapporteur.Document.BodyCode, Is.EqualTo("SP"));
        Assert.That(rapporteur.Document.Mechanism, Is.EqualTo(Mechanism.SpecialProcedure));
        Assert.That(rapporteur.Document.Mandate, Is.EqualTo("Special Rapporteur on the human rights of migrants"));
        Assert.That(rapporteur.Text, Does.StartWith("The Special Rapporteur recommends"));
        Assert.That(rapporteur.ExternalId, Is.EqualTo("2999001"));
    }
}
