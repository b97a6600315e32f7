using Microsoft.Extensions.DependencyInjection;
using Simore.Core.FollowUp;
using Simore.Core.Identity;
using Simore.Core.Network;
using Simore.Core.Registry;
using Simore.Core.Tenancy;
using Simore.IntegrationTests.FollowUp;

namespace Simore.IntegrationTests.Portal;

/// <summary>A tenant whose every count is known: six recommendations from two documents, tagged and followed up.</summary>
public sealed record KnownData(Tenant Tenant, IReadOnlyDictionary<string, long> Ids, long Labour, long Education, long Cluster)
{
    public long this[string name] => Ids[name];
}

public static class PortalFixtures
{
    public const string PublishedText = "The Roma inclusion strategy was adopted by the government";

    public const string UnpublishedText = "Confidential timetable for the ratification";

    public static async Task<KnownData> KnownAsync()
    {
        var tenant = await Fixtures.NewTenantAsync();
        var author = await Fixtures.NewUserAsync(tenant, Roles.FocalPoint);
        var labour = await FollowUpFixtures.InstitutionAsync(tenant, "Ministry of Labour");
        var education = await FollowUpFixtures.InstitutionAsync(tenant, "Ministry of Education");
        var (ids, cluster) = await Fixtures.InTenantAsync(tenant, async (_, db) =>
        {
            var now = DateTimeOffset.UtcNow;
            var cluster = new Cluster { Name = "Non-discrimination", CreatedAt = now };
            db.Clusters.Add(cluster);
            var upr = new SourceDocument { Symbol = "A/HRC/52/15", Mechanism = Mechanism.Upr, BodyCode = "UPR", Cycle = 4, Session = 42, PublishedOn = new DateOnly(2023, 1, 10) };
            var cedaw = new SourceDocument { Symbol = "CEDAW/C/SVN/CO/7", Mechanism = Mechanism.TreatyBody, BodyCode = "CEDAW", PublishedOn = new DateOnly(2021, 6, 1) };
            var index = 0;
            Recommendation Add(SourceDocument document, string text, Position position, string[] states, string[] themes, string[] groups, int[] goals, string[] targets, bool clustered = false)
            {
                index++;
                var paragraph = "114." + index;
                var recommendation = new Recommendation
                {
                    Paragraph = paragraph,
                    SortKey = ParagraphNumber.SortKey(paragraph),
                    Text = text,
                    Position = position,
                    RecommendingStates = [.. states],
                    Cluster = clustered ? cluster : null,
                    CreatedAt = now,
                    UpdatedAt = now,
                    States = [.. states.Select(s => new RecommendingState { CountryCode = s })],
                    Themes = [.. themes.Select(t => new RecommendationTheme { ThemeCode = t })],
                    Groups = [.. groups.Select(g => new RecommendationGroup { GroupCode = g })],
                    SdgGoals = [.. goals.Select(g => new RecommendationSdgGoal { Goal = g })],
                    SdgTargets = [.. targets.Select(t => new RecommendationSdgTarget { TargetCode = t })],
                };
                document.Recommendations.Add(recommendation);
                return recommendation;
            }

            var all = new Dictionary<string, Recommendation>
            {
                ["u1"] = Add(upr, "Strengthen measures to combat discrimination against Roma communities", Position.Supported, ["PRT", "ESP"], ["racial-discrimination"], ["roma-gypsies-sinti-travellers"], [10], ["10.2"], clustered: true),
                ["u2"] = Add(upr, "Ensure inclusive education for Roma children", Position.Supported, ["PRT"], ["education"], ["roma-gypsies-sinti-travellers"], [], ["4.5"], clustered: true),
                ["u3"] = Add(upr, "Ratify the Optional Protocol to the Convention on the Rights of Persons with Disabilities", Position.Noted, ["FRA"], [], [], [], []),
                ["u4"] = Add(upr, "Combat trafficking in persons, in particular women and girls", Position.Supported, ["ESP", "FRA"], ["trafficking-slavery"], ["women-girls"], [5], []),
                ["c1"] = Add(cedaw, "Adopt a comprehensive anti-discrimination law covering gender", Position.Pending, [], ["discrimination-against-women"], ["women-girls"], [5], []),
                ["c2"] = Add(cedaw, "Collect data on violence against women", Position.Pending, [], [], [], [], []),
            };
            db.SourceDocuments.AddRange(upr, cedaw);
            await db.SaveChangesAsync();
            db.RecommendationLinks.Add(new RecommendationLink { FromId = all["u1"].Id, ToId = all["c1"].Id, Kind = LinkKind.Related, Status = LinkStatus.Confirmed, CreatedAt = now });
            await db.SaveChangesAsync();
            return (all.ToDictionary(p => p.Key, p => p.Value.Id), cluster.Id);
        });

        await FollowUpFixtures.AssignAsync(tenant, [ids["u1"]], labour);
        await FollowUpFixtures.AssignAsync(tenant, [ids["u2"], ids["u4"]], education);
        await FollowUpFixtures.AssignAsync(tenant, [ids["u4"]], labour, AssignmentRole.Contributing);
        await EntryAsync(tenant, author, labour, ids["u1"], PublishedText, EntryStatus.Published, ImplementationStatus.FullyImplemented);
        await EntryAsync(tenant, author, education, ids["u2"], "Teaching assistants were hired in forty schools", EntryStatus.Published, ImplementationStatus.PartiallyImplemented);
        await EntryAsync(tenant, author, labour, ids["u3"], UnpublishedText, EntryStatus.Validated, ImplementationStatus.FullyImplemented);
        await EntryAsync(tenant, author, labour, ids["c1"], "A draft equality law is before parliament", EntryStatus.Published, ImplementationStatus.InProgress);
        return new KnownData(tenant, ids, labour, education, cluster);
    }

    /// <summary>Writes a follow-up entry in the given state and applies the status rule, as publication does.</summary>
    public static Task<long> EntryAsync(Tenant tenant, TestUser author, long institution, long recommendation, string text, EntryStatus status, ImplementationStatus proposed, DateTimeOffset? publishedAt = null) =>
        Fixtures.InTenantAsync(tenant, async (services, db) =>
        {
            var now = DateTimeOffset.UtcNow;
            var entry = new FollowUpEntry
            {
                InstitutionId = institution,
                AuthorId = author.Id,
                AuthorName = author.Email,
                Text = text,
                Status = status,
                ProposedStatus = proposed,
                CreatedAt = now,
                UpdatedAt = now,
                PublishedAt = status == EntryStatus.Published ? publishedAt ?? now : null,
                Recommendations = [new EntryRecommendation { RecommendationId = recommendation }],
            };
            db.FollowUpEntries.Add(entry);
            await db.SaveChangesAsync();
            await services.GetRequiredService<StatusRule>().RecomputeAsync([recommendation]);
            return entry.Id;
        });
}
