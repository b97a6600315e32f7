using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Auditing;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.Tenancy;

namespace Simore.Web.Features.Work;

public enum SaveOutcome
{
    Saved,
    NotFound,
    NotAssigned,
    Conflict,
}

/// <summary>Creates and saves a focal point's entries; only recommendations assigned to their institution.</summary>
public sealed class EntryHandler(SimoreDbContext db, ICurrentUser user, TimeProvider clock, ITenantContext tenantContext)
{
    public async Task<(SaveOutcome Outcome, long? Id)> CreateAsync(ClaimsPrincipal principal, EntryForm form, CancellationToken cancellationToken)
    {
        var institutions = Infrastructure.InstitutionClaims.FocalPointInstitutions(principal);
        var institutionId = form.InstitutionId ?? (institutions.Count == 1 ? institutions[0] : 0);
        if (!institutions.Contains(institutionId) || !await AllAssignedAsync(institutionId, form.RecommendationIds, cancellationToken))
        {
            return (SaveOutcome.NotAssigned, null);
        }

        var now = clock.GetUtcNow();
        var entry = new FollowUpEntry
        {
            InstitutionId = institutionId,
            AuthorId = user.Id!.Value,
            AuthorName = user.Name,
            Text = string.Empty,
            CreatedAt = now,
        };
        Apply(entry, form, await DefaultLanguageAsync(cancellationToken), now);
        entry.Recommendations.AddRange(form.RecommendationIds.Distinct().Select(id => new EntryRecommendation { RecommendationId = id }));
        await SetIndicatorValuesAsync(entry, form, cancellationToken);
        db.FollowUpEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return (SaveOutcome.Saved, entry.Id);
    }

    public async Task<SaveOutcome> UpdateAsync(ClaimsPrincipal principal, long id, EntryForm form, CancellationToken cancellationToken)
    {
        var entry = await db.FollowUpEntries.Include(e => e.Recommendations).Include(e => e.IndicatorValues)
            .FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null || !principal.CanEdit(entry))
        {
            return SaveOutcome.NotFound;
        }

        if (!await AllAssignedAsync(entry.InstitutionId, form.RecommendationIds, cancellationToken))
        {
            return SaveOutcome.NotAssigned;
        }

        db.Entry(entry).Property(e => e.Version).OriginalValue = form.Version;
        Apply(entry, form, await DefaultLanguageAsync(cancellationToken), clock.GetUtcNow());
        var wanted = form.RecommendationIds.Distinct().ToHashSet();
        entry.Recommendations.RemoveAll(r => !wanted.Contains(r.RecommendationId));
        entry.Recommendations.AddRange(wanted.Where(w => entry.Recommendations.All(r => r.RecommendationId != w)).Select(w => new EntryRecommendation { RecommendationId = w }));
        await SetIndicatorValuesAsync(entry, form, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SaveOutcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.Conflict;
        }
    }

    private static void Apply(FollowUpEntry entry, EntryForm form, string defaultLanguage, DateTimeOffset now)
    {
        var texts = form.Texts.Where(t => !string.IsNullOrWhiteSpace(t.Value)).ToDictionary(t => t.Key, t => t.Value.Trim());
        entry.Text = texts.GetValueOrDefault(defaultLanguage) ?? texts.Values.First();
        entry.Translations = texts.Where(t => t.Key != defaultLanguage && t.Value != entry.Text).ToDictionary(t => t.Key, t => t.Value);
        entry.MeasureKind = form.MeasureKind;
        entry.StartDate = form.StartDate;
        entry.EndDate = form.EndDate;
        entry.ProposedStatus = form.ProposedStatus;
        entry.Budget = form.Budget;
        entry.Currency = string.IsNullOrWhiteSpace(form.Currency) ? null : form.Currency.Trim().ToUpperInvariant();
        entry.Challenges = Clean(form.Challenges);
        entry.TechnicalAssistanceNeeds = Clean(form.TechnicalAssistanceNeeds);
        entry.UpdatedAt = now;
    }

    /// <summary>Values for the indicators of the entry's recommendations (or their clusters) only.</summary>
    private async Task SetIndicatorValuesAsync(FollowUpEntry entry, EntryForm form, CancellationToken cancellationToken)
    {
        var ids = form.RecommendationIds;
        var clusters = await db.Recommendations.Where(r => ids.Contains(r.Id) && r.ClusterId != null).Select(r => r.ClusterId).ToListAsync(cancellationToken);
        var allowed = await db.Indicators
            .Where(i => (i.RecommendationId != null && ids.Contains(i.RecommendationId.Value)) || (i.ClusterId != null && clusters.Contains(i.ClusterId)))
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);
        entry.IndicatorValues.RemoveAll(_ => true);
        foreach (var input in form.Indicators.Where(i => i.Value is not null && i.ObservedOn is not null && allowed.Contains(i.IndicatorId)))
        {
            entry.IndicatorValues.Add(new IndicatorValue
            {
                IndicatorId = input.IndicatorId,
                Value = input.Value!.Value,
                ObservedOn = input.ObservedOn!.Value,
                Note = Clean(input.Note),
                RecordedBy = user.Name,
                RecordedAt = clock.GetUtcNow(),
            });
        }
    }

    private async Task<bool> AllAssignedAsync(long institutionId, IReadOnlyCollection<long> recommendationIds, CancellationToken cancellationToken)
    {
        var distinct = recommendationIds.Distinct().ToList();
        var assigned = await db.Assignments.CountAsync(a => a.InstitutionId == institutionId && distinct.Contains(a.RecommendationId), cancellationToken);
        return distinct.Count > 0 && assigned == distinct.Count;
    }

    private async Task<string> DefaultLanguageAsync(CancellationToken cancellationToken) =>
        tenantContext.Tenant?.DefaultLanguage
        ?? await db.Tenants.Where(t => t.Id == tenantContext.TenantId).Select(t => t.DefaultLanguage).FirstAsync(cancellationToken);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
