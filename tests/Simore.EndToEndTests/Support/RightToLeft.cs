using Microsoft.Playwright;

namespace Simore.EndToEndTests;

/// <summary>Checks of where things are drawn, which is what right-to-left means to a reader.</summary>
public static class RightToLeft
{
    /// <summary>The State's name (the navigation's brand) is at the right, and the account menu to its left.</summary>
    public static async Task ExpectNavigationMirroredAsync(IPage page)
    {
        var width = page.ViewportSize!.Width;
        var brand = await BoxAsync(page.Locator("header .navbar-brand"));
        var language = await BoxAsync(page.Locator("#language-menu"));
        Assert.That(brand.X + brand.Width, Is.GreaterThan(width * 0.75), $"the brand ends at the right edge (box {brand.X}+{brand.Width} of {width})");
        Assert.That(language.X + language.Width, Is.LessThan(brand.X), "the language menu is left of the brand");
        Assert.That(language.X, Is.LessThan(width * 0.5), "the language menu sits in the left half");
    }

    /// <summary>A block's text begins at the right edge of its box, as Arabic is read.</summary>
    public static async Task ExpectTextStartsAtTheRightAsync(ILocator block)
    {
        var box = await BoxAsync(block);
        var text = await block.EvaluateAsync<double[]>("""
            e => {
              const range = document.createRange();
              range.selectNodeContents(e);
              const r = range.getBoundingClientRect();
              return [r.left, r.right];
            }
            """);
        Assert.That(box.X + box.Width - text[1], Is.LessThan(2), $"the text begins at the block's right edge (text {text[0]}-{text[1]}, block {box.X}-{box.X + box.Width})");
        Assert.That(text[0] - box.X, Is.GreaterThan(0), "the short heading leaves room at the left");
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new AssertionException($"{locator} is not drawn.");
}
