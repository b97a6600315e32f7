using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Auditing;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.FollowUp.Storage;
using Simore.Core.Localization;
using Simore.Core.Tenancy;
using Simore.Web.Features.Shared;

namespace Simore.Web.Features.Work;

/// <summary>Files and links attached to an entry while it is a draft or returned.</summary>
public sealed class EvidenceHandler(SimoreDbContext db, IFileStorage storage, ICurrentUser user, TimeProvider clock, ITenantContext tenantContext)
{
    /// <returns>Null when added, or the English key of the reason it was refused.</returns>
    public async Task<string?> AddFileAsync(ClaimsPrincipal principal, long entryId, string fileName, byte[] content, string? title, CancellationToken cancellationToken)
    {
        var entry = await EditableAsync(principal, entryId, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        var (contentType, problem) = EvidenceUpload.Check(content, fileName);
        if (problem is not null)
        {
            return problem;
        }

        var now = clock.GetUtcNow();
        var key = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{tenantContext.TenantId}/{now.Year:D4}/{Guid.NewGuid():N}{Path.GetExtension(fileName).ToLowerInvariant()}");
        await storage.SaveAsync(key, new MemoryStream(content, writable: false), cancellationToken);
        db.Evidence.Add(new Evidence
        {
            EntryId = entryId,
            Kind = EvidenceKind.File,
            Title = string.IsNullOrWhiteSpace(title) ? Path.GetFileName(fileName) : title.Trim(),
            FileName = Path.GetFileName(fileName),
            ContentType = contentType,
            Size = content.LongLength,
            StorageKey = key,
            AddedBy = user.Name,
            AddedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<string?> AddLinkAsync(ClaimsPrincipal principal, long entryId, string url, string? title, CancellationToken cancellationToken)
    {
        if (!WebAddress.TryParse(url?.Trim(), out var uri) || url!.Length > 2000)
        {
            return Keys.LocalizedKey("Enter a web address that starts with http:// or https://.");
        }

        if (await EditableAsync(principal, entryId, cancellationToken) is null)
        {
            return null;
        }

        db.Evidence.Add(new Evidence
        {
            EntryId = entryId,
            Kind = EvidenceKind.Link,
            Title = string.IsNullOrWhiteSpace(title) ? uri.Host : title.Trim(),
            Url = uri.AbsoluteUri,
            AddedBy = user.Name,
            AddedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<bool> RemoveAsync(ClaimsPrincipal principal, long entryId, long evidenceId, CancellationToken cancellationToken)
    {
        var evidence = await db.Evidence.FirstOrDefaultAsync(e => e.Id == evidenceId && e.EntryId == entryId, cancellationToken);
        if (evidence is null || await EditableAsync(principal, entryId, cancellationToken) is null)
        {
            return false;
        }

        db.Evidence.Remove(evidence);
        await db.SaveChangesAsync(cancellationToken);
        if (evidence.StorageKey is not null)
        {
            await storage.DeleteAsync(evidence.StorageKey, cancellationToken);
        }

        return true;
    }

    /// <summary>Whether the entry exists in this tenant and the user may add evidence to it now.</summary>
    public async Task<bool> IsEditableAsync(ClaimsPrincipal principal, long entryId, CancellationToken cancellationToken) =>
        await EditableAsync(principal, entryId, cancellationToken) is not null;

    private async Task<FollowUpEntry?> EditableAsync(ClaimsPrincipal principal, long entryId, CancellationToken cancellationToken)
    {
        var entry = await db.FollowUpEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        return entry is not null && principal.CanEdit(entry) ? entry : null;
    }
}
