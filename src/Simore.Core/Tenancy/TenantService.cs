using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Localization;

namespace Simore.Core.Tenancy;

public sealed record CreateTenant(
    string Slug,
    string Name,
    string CountryCode,
    string DefaultLanguage,
    IReadOnlyList<string> EnabledLanguages,
    string? HostName = null,
    DateOnly? LastReviewDate = null,
    DateOnly? NextReviewDate = null);

/// <summary>Creates tenants; used by the platform administrator's pages and by the command line.</summary>
public sealed class TenantService(SimoreDbContext db, TenantStore store, TimeProvider clock)
{
    /// <summary>Creates the tenant, or returns the existing one with the same slug (idempotent).</summary>
    public async Task<(Tenant Tenant, bool Created)> CreateAsync(CreateTenant command, CancellationToken cancellationToken = default)
    {
        var slug = command.Slug.Trim().ToLowerInvariant();
        if (!TenantSlug.IsValid(slug))
        {
            throw new ArgumentException($"'{command.Slug}' is not a valid tenant slug.", nameof(command));
        }

        var existing = await db.Tenants.FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        if (existing is not null)
        {
            return (existing, false);
        }

        var languages = command.EnabledLanguages.Where(Languages.IsSupported).Distinct().ToList();
        if (!languages.Contains(command.DefaultLanguage))
        {
            languages.Insert(0, command.DefaultLanguage);
        }

        var tenant = new Tenant
        {
            Slug = slug,
            Name = command.Name.Trim(),
            CountryCode = command.CountryCode.Trim().ToUpperInvariant(),
            DefaultLanguage = command.DefaultLanguage,
            EnabledLanguages = languages,
            HostName = string.IsNullOrWhiteSpace(command.HostName) ? null : command.HostName.Trim().ToLowerInvariant(),
            LastReviewDate = command.LastReviewDate,
            NextReviewDate = command.NextReviewDate,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Tenants.Add(tenant);
        await db.SaveChangesAsync(cancellationToken);
        store.Invalidate(tenant);
        return (tenant, true);
    }
}
