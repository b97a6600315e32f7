using Microsoft.Playwright;
using NUnit.Framework.Interfaces;

namespace Simore.EndToEndTests;

/// <summary>
/// Base of the browser tests: opens personas and, when a test fails, keeps a screenshot and the HTML
/// of every page still open as test attachments (in the work directory's artifacts folder).
/// </summary>
public abstract class BrowserTest
{
    private readonly List<Persona> _personas = [];

    static BrowserTest()
    {
        // Ceilings, not measurements: the machine is shared (the other test projects run beside this
        // one) and a slow answer must not read as a failure. No assertion here measures time.
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    protected async Task<Persona> PersonaAsync(string name, string language = "en", string? storageState = null)
    {
        var persona = await Persona.OpenAsync(name, language, storageState);
        persona.Page.SetDefaultTimeout(60_000);
        _personas.Add(persona);
        return persona;
    }

    [TearDown]
    public async Task CloseBrowsersAsync()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == TestStatus.Failed)
        {
            await Artifacts.SaveAsync(_personas);
        }

        foreach (var persona in _personas)
        {
            await persona.DisposeAsync();
        }

        _personas.Clear();
    }
}
