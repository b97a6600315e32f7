using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Network;
using Simore.Core.Reports;
using Simore.Core.Tenancy;
using Simore.EndToEndTests.Journeys;

namespace Simore.EndToEndTests.Accessibility;

/// <summary>What the administrator's workspace pages of the site show: a working group, a report draft asked for, one that failed.</summary>
public sealed record WorkspaceThings(long Ministry, Guid FocalPoint, long WorkingGroup, long Report, long FailedReport, long RunningReport);

public sealed partial record AccessibilitySite
{
    private static async Task<WorkspaceThings> WorkspaceAsync(Tenant tenant, long ministry, Person focalPoint, string language)
    {
        var group = await Seed.InTenantAsync(tenant, async (_, db) =>
        {
            var cluster = await db.Clusters.Where(c => c.Name == NationalMechanism.Cluster).Select(c => c.Id).SingleAsync();
            var now = DateTimeOffset.UtcNow;
            var group = new WorkingGroup { Name = "Working group on education", Description = JourneyTexts.In(language).FollowUp, CreatedAt = now };
            group.Institutions.Add(new WorkingGroupInstitution { InstitutionId = ministry });
            group.Members.Add(new WorkingGroupMember { UserId = focalPoint.Id });
            group.Clusters.Add(new WorkingGroupCluster { ClusterId = cluster });
            group.Meetings.Add(new Meeting { StartsAt = now.AddDays(-14), Location = "Ljubljana", Agenda = "Follow-up of the education cluster", OtherAttendees = "Roma Rights Centre" });
            db.WorkingGroups.Add(group);
            await db.SaveChangesAsync();
            return group.Id;
        });

        // A real request: the app's job server makes the PDF while the tests run; the details test waits for it on the page.
        var report = await Seed.InTenantAsync(tenant, async (services, _) =>
            (await services.GetRequiredService<ReportRequests>().CreateAsync(ReportKind.National, ReportFormat.Pdf, new ReportOptions { Language = language })).Id);
        var failed = await RequestAsync(tenant, ministry, language, ReportState.Failed);
        var running = await RequestAsync(tenant, ministry, language, ReportState.Running);

        return new WorkspaceThings(ministry, focalPoint.Id, group, report, failed, running);
    }

    /// <summary>
    /// A request in a state the job would leave it in, without a job: one that failed (with the reason
    /// and the details), and one being made, which stays so, as it is drawn while a worker makes it.
    /// </summary>
    private static Task<long> RequestAsync(Tenant tenant, long ministry, string language, ReportState state) =>
        Seed.InTenantAsync(tenant, async (_, db) =>
        {
            var now = DateTimeOffset.UtcNow;
            var failed = state == ReportState.Failed;
            var request = new ReportRequest
            {
                Kind = ReportKind.Institution,
                Format = ReportFormat.Docx,
                Options = new ReportOptions { Language = language, InstitutionId = ministry },
                Language = language,
                RequestedByName = "Maja Horvat",
                RequestedAt = now.AddMinutes(-1),
                State = state,
                Progress = failed ? 5 : 40,
                Attempts = 1,
                StartedAt = now.AddMinutes(-1),
                FinishedAt = failed ? now : null,
                Error = failed ? ReportFailure.InstitutionGone : null,
                ErrorDetail = failed ? "Institution not found." : null,
            };
            db.ReportRequests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });
}
