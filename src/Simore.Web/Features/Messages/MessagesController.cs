using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Simore.Core.Data;
using Simore.Core.Notifications;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.Messages;

/// <summary>
/// The tenant's outbox, newest first: what was sent to whom, and what failed. On a machine without
/// a mail server this is where the messages can be read.
/// </summary>
[Route("{tenant}/admin/messages")]
[Authorize(Policy = Policies.Administrator)]
public sealed class MessagesController(SimoreDbContext db, IOptions<EmailOptions> options) : Controller
{
    public const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(int page, CancellationToken cancellationToken)
    {
        var total = await db.EmailMessages.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (int)Math.Ceiling(total / (double)PageSize)));
        var rows = await db.EmailMessages.AsNoTracking()
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(m => new MessageRow(m.Id, m.To, m.Subject, m.Kind, m.Language, m.CreatedAt, m.SentAt, m.Attempts, m.LastError))
            .ToListAsync(cancellationToken);
        return View(new MessageListModel(rows, page, PageSize, total, options.Value.MaxAttempts));
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        var row = await db.EmailMessages.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new { Row = new MessageRow(m.Id, m.To, m.Subject, m.Kind, m.Language, m.CreatedAt, m.SentAt, m.Attempts, m.LastError), m.Body })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? NotFound() : View(new MessageDetailsModel(row.Row, row.Body, options.Value.MaxAttempts));
    }
}
