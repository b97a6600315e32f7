using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Simore.EndToEndTests.Pages;

/// <summary>The administrator's imports: upload a file, look at the preview, confirm.</summary>
public sealed partial class ImportsPage(Persona persona, string tenant)
{
    private IPage Page => persona.Page;

    public async Task OpenAsync() => await persona.GoAsync($"/{tenant}/admin/imports");

    /// <summary>Uploads the file and waits for its preview; nothing is written yet.</summary>
    public async Task UploadAsync(string path, bool clustersFromHeadings)
    {
        await Page.Locator("#File").SetInputFilesAsync(path);
        if (clustersFromHeadings)
        {
            await Page.Locator("#ClustersFromHeadings").CheckAsync();
        }

        await Page.Locator("form[enctype='multipart/form-data'] button[type=submit]").ClickAsync();
        await Expect(Page).ToHaveURLAsync(PreviewUrl());
    }

    /// <summary>The number the preview announces for recommendations to create.</summary>
    public async Task<int> ToCreateAsync() =>
        int.Parse(await Page.Locator("main [role=status] .card-body").First.Locator(".fs-4").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

    public async Task ConfirmAsync()
    {
        await Page.Locator("form[action$='/commit'] button[type=submit]").ClickAsync();
        await Messages.ExpectConfirmationAsync(Page);
        await Expect(Page.Locator("form[action$='/commit']")).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"/admin/imports/\d+$")]
    private static partial Regex PreviewUrl();
}
