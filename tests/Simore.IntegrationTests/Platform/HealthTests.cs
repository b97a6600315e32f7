using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace Simore.IntegrationTests.Platform;

/// <summary>What an orchestrator asks a process: is it alive, and is it ready for work.</summary>
public sealed class HealthTests
{
    [Test]
    public async Task Live_answers_without_asking_the_dependencies()
    {
        using var client = TestEnvironment.App.CreateClient();

        var response = await client.GetAsync("/health/live");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task Ready_answers_when_the_database_the_job_storage_and_chromium_are_there()
    {
        using var client = TestEnvironment.App.CreateClient();

        var response = await client.GetAsync("/health/ready");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_worker_without_chromium_is_alive_but_not_ready()
    {
        await using var worker = new SecondHost(builder => builder
            .UseSetting("Simore:ProcessRole", "worker")
            .UseSetting("Pdf:ChromiumPath", "/nonexistent/chromium"));
        using var client = worker.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(await ready.Content.ReadAsStringAsync(), Is.EqualTo("Unhealthy"));
        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public void A_process_whose_file_storage_cannot_be_written_does_not_start()
    {
        var file = Path.GetTempFileName();
        using var web = new SecondHost(builder => builder
            .UseSetting("Simore:ProcessRole", "web")
            .UseSetting("Storage:Path", Path.Combine(file, "files")));
        try
        {
            var error = Assert.Catch(() => web.CreateClient());

            Assert.That(error, Is.InstanceOf<OptionsValidationException>());
            Assert.That(error!.Message, Does.Contain("Storage:Path").And.Contain(file));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
