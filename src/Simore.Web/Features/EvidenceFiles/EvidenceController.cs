using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.FollowUp;
using Simore.Core.FollowUp.Storage;
using Simore.Web.Features.Work;

namespace Simore.Web.Features.EvidenceFiles;

/// <summary>Evidence files: public once their entry is published, otherwise only for the institution and the administrators.</summary>
[Route("{tenant}/evidence")]
public sealed class EvidenceController(SimoreDbContext db, IFileStorage storage) : Controller
{
    [HttpGet("{id:long}")]
    public async Task<IActionResult> Download(long id, CancellationToken cancellationToken)
    {
        var evidence = await db.Evidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.Kind == EvidenceKind.File, cancellationToken);
        if (evidence is null)
        {
            return NotFound();
        }

        var entry = await db.FollowUpEntries.AsNoTracking().FirstAsync(e => e.Id == evidence.EntryId, cancellationToken);
        if (!User.CanSee(entry))
        {
            return NotFound();
        }

        var stream = await storage.OpenReadAsync(evidence.StorageKey!, cancellationToken);
        if (stream is null)
        {
            return NotFound();
        }

        // Served as an attachment with its checked type, never rendered inline in the app's origin.
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(stream, evidence.ContentType ?? "application/octet-stream", evidence.FileName);
    }
}
