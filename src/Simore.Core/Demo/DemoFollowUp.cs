using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Network;
using Simore.Core.Portal;
using Simore.Core.Registry;

namespace Simore.Core.Demo;

/// <summary>
/// Plausible follow-up for every demo recommendation, so that the portal, the workspace and the
/// report drafts have something to show: published entries with varied statuses and measures per
/// cluster, a few still waiting for publication, indicators, working-group meetings, independent
/// assessments. The same every time (a seeded random); written once, when the tenant has no follow-up.
/// </summary>
internal sealed class DemoFollowUp(IServiceProvider services)
{
    private const int Seed = 20250128;
    private static readonly DateOnly Review = new(2025, 1, 28);

    /// <summary>Nothing is dated after this day, so the demo reads the same whenever it is loaded.</summary>
    private static readonly DateOnly Horizon = new(2026, 10, 30);

    private readonly SimoreDbContext _db = services.GetRequiredService<SimoreDbContext>();
    private readonly Random _random = new(Seed);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await _db.FollowUpEntries.AnyAsync(cancellationToken))
        {
            return;
        }

        var author = await _db.Users.Where(u => u.NormalizedEmail == "FOCAL@SVN.SIMORE.EXAMPLE").Select(u => u.Id).FirstAsync(cancellationToken);
        var recommendations = await _db.Recommendations.Where(r => r.MergedIntoId == null).OrderBy(r => r.SortKey)
            .Select(r => new Target(r.Id, r.Cluster!.Name, r.Position, r.Assignments.Where(a => a.Role == AssignmentRole.Lead).Select(a => a.InstitutionId).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var institutions = await _db.Institutions.ToDictionaryAsync(i => i.Id, i => (i.Name, i.Acronym ?? i.Name), cancellationToken);
        var writer = new DemoEntryWriter(_random, author, institutions);
        foreach (var cluster in recommendations.Where(r => r.Institution != 0).GroupBy(r => r.Cluster))
        {
            var items = cluster.ToList();
            if (items.Count >= 3 && _random.NextDouble() < 0.6)
            {
                // One plan covering several recommendations of the cluster, published before the individual entries.
                _db.FollowUpEntries.Add(writer.Plan(items.Take(Math.Min(4, items.Count)).Select(i => i.Id).ToList(), items[0].Institution, DemoTopics.Of(cluster.Key)));
            }

            foreach (var item in items)
            {
                _db.FollowUpEntries.AddRange(writer.For(item.Id, item.Institution, item.Position, DemoTopics.Of(item.Cluster)));
            }
        }

        foreach (var item in recommendations.Where(r => r.Institution != 0).Where((_, i) => i % 17 == 5))
        {
            _db.FollowUpEntries.Add(writer.Unpublished(item.Id, item.Institution, DemoTopics.Of(item.Cluster)));
        }

        await _db.SaveChangesAsync(cancellationToken);
        await services.GetRequiredService<StatusRule>().RecomputeAsync(recommendations.Select(r => r.Id).ToList(), cancellationToken);
        await SeedIndicatorsAsync(recommendations, cancellationToken);
        await SeedWorkingGroupsAsync(author, cancellationToken);
        await SeedCivilSocietyAsync(recommendations, cancellationToken);
    }

    private async Task SeedIndicatorsAsync(List<Target> recommendations, CancellationToken cancellationToken)
    {
        foreach (var item in recommendations.Where((_, i) => i % 11 == 3))
        {
            var baseline = _random.Next(20, 400);
            var indicator = new Indicator
            {
                RecommendationId = item.Id,
                Title = "Persons reached by measures on " + DemoTopics.Of(item.Cluster).Subject,
                Unit = "persons",
                Baseline = baseline,
                BaselineYear = 2024,
                Target = baseline * 2,
                TargetYear = 2029,
                Frequency = Frequency.Yearly,
                Source = "Administrative data of the lead institution",
                CreatedAt = At(Review.AddDays(20)),
            };
            indicator.Values.Add(new IndicatorValue { Value = baseline + _random.Next(5, baseline), ObservedOn = new DateOnly(2025, 12, 31), RecordedBy = "demo", RecordedAt = At(new DateOnly(2026, 1, 20)) });
            _db.Indicators.Add(indicator);
        }

        await _db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedWorkingGroupsAsync(Guid member, CancellationToken cancellationToken)
    {
        if (await _db.WorkingGroups.AnyAsync(cancellationToken))
        {
            return;
        }

        (string Name, string[] Acronyms)[] groups =
        [
            ("Equality and non-discrimination", ["MLFSAEO", "GONM", "HRO"]),
            ("Justice, security and trafficking in human beings", ["MoJ", "MoI"]),
            ("Social rights, health and education", ["MLFSAEO", "MoH", "MoE"]),
        ];
        var institutions = await _db.Institutions.Where(i => i.Acronym != null).ToDictionaryAsync(i => i.Acronym!, i => i.Id, cancellationToken);
        for (var g = 0; g < groups.Length; g++)
        {
            var group = new WorkingGroup { Name = groups[g].Name, CreatedAt = At(Review.AddDays(14)) };
            group.Institutions.AddRange(groups[g].Acronyms.Where(institutions.ContainsKey).Select(a => new WorkingGroupInstitution { InstitutionId = institutions[a] }));
            group.Members.Add(new WorkingGroupMember { UserId = member });
            for (var m = 0; m < 6; m++)
            {
                var day = Review.AddDays(45 + (m * 100) + (g * 9));
                var meeting = new Meeting
                {
                    StartsAt = At(day).AddHours(9),
                    Location = "Ljubljana",
                    Agenda = "Progress on the recommendations followed by the group",
                    Minutes = "The institutions reported on their follow-up; the group reviewed the entries waiting for publication.",
                    Decisions = m == 5 ? "Contributions to the national report to be sent by the end of the month." : null,
                    OtherAttendees = m % 2 == 1 ? "representatives of non-governmental organisations and of the Human Rights Ombudsman" : null,
                };
                meeting.Attendance.Add(new MeetingAttendance { UserId = member });
                group.Meetings.Add(meeting);
            }

            _db.WorkingGroups.Add(group);
        }

        await _db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedCivilSocietyAsync(List<Target> recommendations, CancellationToken cancellationToken)
    {
        var ngo = await _db.Users.Where(u => u.NormalizedEmail == "NGO@SVN.SIMORE.EXAMPLE").Select(u => new { u.Id, u.DisplayName }).FirstOrDefaultAsync(cancellationToken);
        if (ngo is null || await _db.Assessments.AnyAsync(cancellationToken))
        {
            return;
        }

        var statuses = await _db.Recommendations.Where(r => r.Status != null).Select(r => new { r.Id, r.Status }).ToDictionaryAsync(r => r.Id, r => r.Status!.Value, cancellationToken);
        foreach (var item in recommendations.Where(r => statuses.ContainsKey(r.Id)).Where((_, i) => i % 19 == 7))
        {
            var status = statuses[item.Id];
            var assessed = status == ImplementationStatus.NotStarted ? status : status - 1;
            _db.Assessments.Add(new Assessment
            {
                RecommendationId = item.Id,
                AuthorId = ngo.Id,
                DisplayName = ngo.DisplayName,
                Organisation = "Human rights organisation",
                AssessedStatus = assessed,
                Text = "The measures reported are welcome, but their effect on " + DemoTopics.Of(item.Cluster).Subject + " is not yet visible in practice; data on the persons concerned are still missing.",
                Status = ModerationStatus.Approved,
                ModeratedBy = "MFA administrator (Slovenia)",
                ModeratedAt = At(new DateOnly(2026, 6, 1)),
                CreatedAt = At(new DateOnly(2026, 5, 20)),
            });
        }

        await _db.SaveChangesAsync(cancellationToken);
    }

    internal static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    internal static DateOnly Capped(DateOnly day) => day > Horizon ? Horizon : day;

    private sealed record Target(long Id, string? Cluster, Position Position, long Institution);
}
