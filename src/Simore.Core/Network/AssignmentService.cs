using Microsoft.EntityFrameworkCore;
using Simore.Core.Auditing;
using Simore.Core.Data;
using Simore.Core.Tenancy;

namespace Simore.Core.Network;

/// <summary>
/// Makes an institution responsible for recommendations. A recommendation has at most one lead:
/// naming a new lead makes the previous one a contributor. The deadline defaults to the next review.
/// </summary>
public sealed class AssignmentService(SimoreDbContext db, ICurrentUser user, TimeProvider clock, ITenantContext tenantContext)
{
    /// <returns>How many recommendations were assigned, or null when the institution does not exist or is inactive.</returns>
    public async Task<int?> AssignAsync(IReadOnlyCollection<long> recommendationIds, long institutionId, AssignmentRole role, DateOnly? deadline, Priority priority, CancellationToken cancellationToken = default)
    {
        if (!await db.Institutions.AnyAsync(i => i.Id == institutionId && i.IsActive, cancellationToken))
        {
            return null;
        }

        var ids = await db.Recommendations.Where(r => recommendationIds.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
        var tenant = await db.Tenants.AsNoTracking().FirstAsync(t => t.Id == tenantContext.TenantId, cancellationToken);
        var due = deadline ?? tenant.NextReviewDate;
        var existing = await db.Assignments.Where(a => ids.Contains(a.RecommendationId)).ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            var assignment = existing.FirstOrDefault(a => a.RecommendationId == id && a.InstitutionId == institutionId);
            if (assignment is null)
            {
                assignment = new Assignment { RecommendationId = id, InstitutionId = institutionId, AssignedBy = user.Name, AssignedAt = clock.GetUtcNow() };
                db.Assignments.Add(assignment);
            }

            assignment.Role = role;
            assignment.Deadline = due;
            assignment.Priority = priority;
            if (role == AssignmentRole.Lead)
            {
                foreach (var other in existing.Where(a => a.RecommendationId == id && a.InstitutionId != institutionId && a.Role == AssignmentRole.Lead))
                {
                    other.Role = AssignmentRole.Contributing;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return ids.Count;
    }

    public async Task<bool> UnassignAsync(long assignmentId, CancellationToken cancellationToken = default)
    {
        var assignment = await db.Assignments.FirstOrDefaultAsync(a => a.Id == assignmentId, cancellationToken);
        if (assignment is null)
        {
            return false;
        }

        db.Assignments.Remove(assignment);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
