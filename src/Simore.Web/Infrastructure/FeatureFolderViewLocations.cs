using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Simore.Web.Infrastructure;

/// <summary>
/// A controller's views live in its feature folder: the namespace segment after "Features"
/// (Simore.Web.Features.Platform.TenantsController → /Features/Platform/).
/// </summary>
public sealed class FeatureFolderViewLocations : IViewLocationExpander
{
    private const string Key = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action
            && action.ControllerTypeInfo.Namespace is { } ns
            && ns.IndexOf(".Features.", StringComparison.Ordinal) is var index and >= 0)
        {
            context.Values[Key] = ns[(index + ".Features.".Length)..].Replace('.', '/');
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        context.Values.TryGetValue(Key, out var feature) && feature is not null
            ? viewLocations.Select(l => l.Replace("{feature}", feature, StringComparison.Ordinal))
            : viewLocations.Where(l => !l.Contains("{feature}", StringComparison.Ordinal));
}
