using Microsoft.EntityFrameworkCore;
using Simore.Core.FollowUp;
using Simore.Core.Registry;
using Simore.Core.Tenancy;
using Simore.IntegrationTests.FollowUp;

namespace Simore.IntegrationTests.Api;

/// <summary>
/// A tenant with four public recommendations from two documents, classified differently enough
/// that each filter picks out its own, and one merged duplicate that must never show.
/// </summary>
public sealed record OpenDataSet(
    Tenant Tenant,
    string UprSymbol,
    long Torture,
    long Discrimination,
    long Education,
    long Duplicate,
    long Cedaw,
    long Institution)
{
    public const string CedawSymbol = "CEDAW/C/TST/CO/8";

    /// <summary>Starts with a minus (a formula to a spreadsheet), and holds quotes, a comma and a line break.</summary>
    public const string CedawText = "-Adopt a comprehensive law on \"gender equality\", with sanctions\nand remedies";

    public string Api => $"/api/v1/{Tenant.Slug}/recommendations";

    public IReadOnlyList<long> Public => [Torture, Discrimination, Education, Cedaw];

    public static async Task<OpenDataSet> CreateAsync()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var ids = await Fixtures.AddRecommendationsAsync(
            tenant,
            "Ratify the Optional Protocol to the Convention against Torture",
            "Strengthen measures against discrimination of Roma children in schools",
            "Ensure inclusive education for children with disabilities",
            "Ratify the Optional Protocol to the Convention against Torture (as recommended twice)");
        var institution = await FollowUpFixtures.InstitutionAsync(tenant, "Ministry of Justice");
        await FollowUpFixtures.AssignAsync(tenant, [ids[0]], institution);
        var (symbol, cedaw) = await Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            var recommendations = await db.Recommendations.Include(r => r.Document).Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id);
            var torture = recommendations[ids[0]];
            torture.States.AddRange([new RecommendingState { CountryCode = "PRT" }, new RecommendingState { CountryCode = "FRA" }]);
            torture.Themes.Add(new RecommendationTheme { ThemeCode = "ratification-accession" });
            torture.SdgTargets.Add(new RecommendationSdgTarget { TargetCode = "16.2" });
            torture.Status = ImplementationStatus.InProgress;
            torture.StatusUpdatedAt = new DateTimeOffset(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);

            var discrimination = recommendations[ids[1]];
            discrimination.States.Add(new RecommendingState { CountryCode = "MEX" });
            discrimination.Themes.Add(new RecommendationTheme { ThemeCode = "racial-discrimination" });
            discrimination.Groups.Add(new RecommendationGroup { GroupCode = "roma-gypsies-sinti-travellers" });
            discrimination.SdgGoals.Add(new RecommendationSdgGoal { Goal = 10 });

            var education = recommendations[ids[2]];
            education.States.Add(new RecommendingState { CountryCode = "FRA" });
            education.Themes.Add(new RecommendationTheme { ThemeCode = "education" });
            education.Groups.Add(new RecommendationGroup { GroupCode = "persons-with-disabilities" });
            education.SdgTargets.Add(new RecommendationSdgTarget { TargetCode = "4.5" });
            education.Status = ImplementationStatus.FullyImplemented;
            education.StatusUpdatedAt = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

            recommendations[ids[3]].MergedIntoId = torture.Id;

            var now = DateTimeOffset.UtcNow;
            var document = new SourceDocument
            {
                Symbol = CedawSymbol,
                Mechanism = Mechanism.TreatyBody,
                BodyCode = "CEDAW",
                PublishedOn = new DateOnly(2023, 5, 12),
                Numbering = NumberingStyle.ParagraphLetter,
            };
            var women = new Recommendation
            {
                Paragraph = "12 (b)",
                SortKey = ParagraphNumber.SortKey("12 (b)"),
                Text = CedawText,
                Position = Position.Supported,
                CreatedAt = now,
                UpdatedAt = now,
                Status = ImplementationStatus.NotStarted,
                StatusUpdatedAt = now,
            };
            women.Themes.Add(new RecommendationTheme { ThemeCode = "discrimination-against-women" });
            women.Groups.Add(new RecommendationGroup { GroupCode = "women-girls" });
            women.SdgTargets.Add(new RecommendationSdgTarget { TargetCode = "5.1" });
            document.Recommendations.Add(women);
            db.SourceDocuments.Add(document);
            await db.SaveChangesAsync();
            return (torture.Document!.Symbol, women.Id);
        });
        return new OpenDataSet(tenant, symbol, ids[0], ids[1], ids[2], ids[3], cedaw, institution);
    }
}
