using Microsoft.AspNetCore.Mvc;

namespace Simore.Web.Features.CivilSociety.Moderation;

/// <summary>The administrator's menu entry to the moderation queue, with what waits there.</summary>
public sealed class ModerationLinkViewComponent(ModerationQueueQuery queue) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await queue.CountsAsync(HttpContext.RequestAborted));
}
