using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Simore.EndToEndTests.Pages;

/// <summary>The administrator's clusters, where a whole cluster is assigned to an institution at once.</summary>
public sealed class ClustersPage(Persona persona, string tenant)
{
    private IPage Page => persona.Page;

    public async Task OpenAsync() => await persona.GoAsync($"/{tenant}/admin/clusters");

    /// <summary>The cluster's row, found by the link to its recommendations (names are shown in the reader's language).</summary>
    public ILocator Row(long cluster) =>
        Page.Locator("main tbody tr").Filter(new() { Has = Page.Locator($"a[href$='cluster={cluster}']") });

    public async Task AssignAsync(long cluster, long institution, bool lead = true)
    {
        var row = Row(cluster);
        await row.Locator("details summary").ClickAsync();
        await row.Locator("select[name=InstitutionId]").SelectOptionAsync(institution.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await row.Locator("select[name=Role]").SelectOptionAsync(lead ? "Lead" : "Contributing");
        await row.Locator("form[action$='/assign'] button[type=submit]").ClickAsync();
        await Messages.ExpectConfirmationAsync(Page);
        await Expect(Row(cluster)).ToHaveCountAsync(1);
    }
}
