using AngleSharp.Dom;

namespace Simore.IntegrationTests.Security;

/// <summary>What a payload did to a page: ran (an element or attribute it made), or shown as text.</summary>
public static class Injection
{
    /// <summary>Elements and attributes a payload with this marker made in the DOM: each one is a script that would run, or could.</summary>
    public static IEnumerable<string> Find(IDocument document, string marker)
    {
        foreach (var element in document.All)
        {
            if (element.LocalName is "script" or "iframe" or "object" or "embed" or "svg" or "img" or "math"
                && (element.TextContent.Contains(marker, StringComparison.Ordinal) || element.Attributes.Any(a => a.Value.Contains(marker, StringComparison.Ordinal))))
            {
                yield return $"<{element.LocalName}> made by the payload";
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) && attribute.Value.Contains(marker, StringComparison.Ordinal))
                {
                    yield return $"{attribute.Name}= on <{element.LocalName}>";
                }

                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href"
                    && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
                    && attribute.Value.Contains(marker, StringComparison.Ordinal))
                {
                    yield return $"{attribute.Name}=\"javascript:…\" on <{element.LocalName}>";
                }
            }
        }
    }
}
