using System.Text;

namespace Simore.EndToEndTests;

/// <summary>What a failed test leaves behind to look at: each open page as a PNG and as HTML.</summary>
public static class Artifacts
{
    public static async Task SaveAsync(IEnumerable<Persona> personas)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        var test = Safe(TestContext.CurrentContext.Test.Name);
        foreach (var persona in personas)
        {
            var index = 0;
            foreach (var page in persona.Context.Pages.Where(p => !p.IsClosed))
            {
                var stem = Path.Combine(folder, $"{test}-{Safe(persona.Name)}-{index++}");
                try
                {
                    await page.ScreenshotAsync(new() { Path = stem + ".png", FullPage = true });
                    TestContext.AddTestAttachment(stem + ".png", $"{persona.Name}: {page.Url}");
                    await File.WriteAllTextAsync(stem + ".html", await page.ContentAsync(), Encoding.UTF8);
                    TestContext.AddTestAttachment(stem + ".html", $"{persona.Name}: {page.Url}");
                    TestContext.Progress.WriteLine($"Saved {stem}.png and .html ({page.Url})");
                }
                catch (Microsoft.Playwright.PlaywrightException e)
                {
                    // A page that crashed or is navigating cannot be captured; the failure itself is still reported.
                    TestContext.Progress.WriteLine($"Could not capture {persona.Name}'s page {page.Url}: {e.Message}");
                }
            }
        }
    }

    private static string Safe(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat([' ', '(', ')', '"', ',']).ToHashSet();
        var cleaned = new string(name.Select(c => invalid.Contains(c) ? '_' : c).ToArray());
        return cleaned.Length > 80 ? cleaned[..80] : cleaned;
    }
}
