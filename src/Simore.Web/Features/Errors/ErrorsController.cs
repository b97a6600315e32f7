using Microsoft.AspNetCore.Mvc;

namespace Simore.Web.Features.Errors;

[Route("error")]
public sealed class ErrorsController : Controller
{
    [Route("{code:int}")]
    [ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
    public IActionResult Show(int code)
    {
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
        return View(code == 404 ? "NotFound" : code == 403 ? "Forbidden" : "Error");
    }
}
