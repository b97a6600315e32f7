using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Simore.Web.Infrastructure;

namespace Simore.UnitTests.Operations;

public sealed class ChromiumHealthCheckTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("simore-chromium-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task A_missing_browser_is_unhealthy_and_named()
    {
        var path = Path.Combine(_folder, "chromium");

        var result = await new ChromiumHealthCheck(path).CheckHealthAsync(new HealthCheckContext());

        Assert.That(result.Status, Is.EqualTo(HealthStatus.Unhealthy));
        Assert.That(result.Description, Does.Contain(path).And.Contain("Pdf:ChromiumPath"));
    }

    // Execute bits exist on Unix only, where Simore's workers run.
    [Test]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_file_that_cannot_be_executed_is_unhealthy()
    {
        var path = Path.Combine(_folder, "chromium");
        await File.WriteAllTextAsync(path, "#!/bin/sh\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var result = await new ChromiumHealthCheck(path).CheckHealthAsync(new HealthCheckContext());

        Assert.That(result.Status, Is.EqualTo(HealthStatus.Unhealthy));
        Assert.That(result.Description, Does.Contain("not executable"));
    }

    [Test]
    public async Task An_executable_browser_is_healthy()
    {
        var path = Path.Combine(_folder, "chromium");
        await File.WriteAllTextAsync(path, "#!/bin/sh\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var result = await new ChromiumHealthCheck(path).CheckHealthAsync(new HealthCheckContext());

        Assert.That(result.Status, Is.EqualTo(HealthStatus.Healthy));
    }

    [Test]
    public async Task The_configured_path_is_checked_and_the_debian_path_is_the_default()
    {
        var configured = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Pdf:ChromiumPath"] = "/nowhere/chromium" }).Build();
        var unset = new ConfigurationBuilder().Build();

        var result = await ChromiumHealthCheck.From(configured).CheckHealthAsync(new HealthCheckContext());
        var fallback = await ChromiumHealthCheck.From(unset).CheckHealthAsync(new HealthCheckContext());

        Assert.That(result.Data["path"], Is.EqualTo("/nowhere/chromium"));
        Assert.That(fallback.Data["path"], Is.EqualTo("/usr/bin/chromium"));
    }
}
