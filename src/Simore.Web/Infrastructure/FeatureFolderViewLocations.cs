using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Simore.Web.Infrastructure;

/// <summary>
/// A controller's views live in its feature folder: the namespace segment after "Features"
/// (Simore.Web.Features.Platform.TenantsController → /Features/Platform/). A view component's views
/// live in the component's own feature folder, whichever page invokes it
/// (Simore.Web.Features.CivilSociety.DiscussionViewComponent → /Features/CivilSociety/Components/Discussion/).
/// </summary>
public sealed class FeatureFolderViewLocations : IViewLocationExpander
{
    private const string Key = "feature";

    private const string ComponentKey = "component-feature";

    private const string ComponentPrefix = "Components/";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action
            && FeatureOf(action.ControllerTypeInfo.Namespace) is { } feature)
        {
            context.Values[Key] = feature;
        }

        if (context.ViewName.StartsWith(ComponentPrefix, StringComparison.Ordinal)
            && context.ViewName.Split('/') is [_, var name, ..]
            && context.ActionContext.HttpContext.RequestServices.GetService<IViewComponentDescriptorCollectionProvider>() is { } components
            && components.ViewComponents.Items.FirstOrDefault(c => c.ShortName == name) is { } component
            && FeatureOf(component.TypeInfo.Namespace) is { } componentFeature)
        {
            context.Values[ComponentKey] = componentFeature;
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        var locations = context.Values.TryGetValue(Key, out var feature) && feature is not null
            ? viewLocations.Select(l => l.Replace("{feature}", feature, StringComparison.Ordinal))
            : viewLocations.Where(l => !l.Contains("{feature}", StringComparison.Ordinal));
        return context.Values.TryGetValue(ComponentKey, out var componentFeature) && componentFeature is not null
            ? locations.Prepend($"/Features/{componentFeature}/{{0}}.cshtml")
            : locations;
    }

    private static string? FeatureOf(string? ns) =>
        ns is not null && ns.IndexOf(".Features.", StringComparison.Ordinal) is var index and >= 0
            ? ns[(index + ".Features.".Length)..].Replace('.', '/')
            : null;
}
