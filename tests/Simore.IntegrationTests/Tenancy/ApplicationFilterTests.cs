using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Simore.Core.Data;
using Simore.Core.Registry;
using Simore.Core.Tenancy;

namespace Simore.IntegrationTests.Tenancy;

/// <summary>The application layer alone: the named query filter and the save guard.</summary>
public sealed class ApplicationFilterTests
{
    [Test]
    public async Task Written_under_A_then_read_under_B_the_count_is_zero()
    {
        var a = await Fixtures.NewTenantAsync();
        var b = await Fixtures.NewTenantAsync();
        await Fixtures.AddRecommendationsAsync(a, "one", "two", "three");

        var underA = await Fixtures.InTenantAsync(a, (_, db) => db.Recommendations.CountAsync());
        var underB = await Fixtures.InTenantAsync(b, (_, db) => db.Recommendations.CountAsync());

        Assert.That(underA, Is.EqualTo(3));
        Assert.That(underB, Is.Zero);
    }

    [Test]
    public async Task Lifting_only_the_tenant_filter_still_meets_row_level_security()
    {
        var a = await Fixtures.NewTenantAsync();
        var b = await Fixtures.NewTenantAsync();
        await Fixtures.AddRecommendationsAsync(a, "one");
        await Fixtures.AddRecommendationsAsync(b, "two", "three");

        var seen = await Fixtures.InTenantAsync(a, (_, db) =>
            db.Recommendations.IgnoreQueryFilters([SimoreDbContext.TenantFilter]).CountAsync());

        Assert.That(seen, Is.EqualTo(1), "the database policy hides B's rows even without the app filter");
    }

    [Test]
    public async Task Saving_a_row_of_another_tenant_throws()
    {
        var a = await Fixtures.NewTenantAsync();
        var b = await Fixtures.NewTenantAsync();

        var error = Assert.ThrowsAsync<TenantMismatchException>(() => Fixtures.InTenantAsync(a, async (_, db) =>
        {
            db.SourceDocuments.Add(new SourceDocument { TenantId = b.Id, Symbol = "X/1", BodyCode = "UPR", Mechanism = Mechanism.Upr });
            return await db.SaveChangesAsync();
        }));

        Assert.That(error!.Message, Does.Contain(b.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public async Task Changing_a_tracked_row_after_switching_tenant_throws()
    {
        var a = await Fixtures.NewTenantAsync();
        var b = await Fixtures.NewTenantAsync();
        await Fixtures.AddRecommendationsAsync(a, "one");
        using var scope = TestEnvironment.App.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<ITenantContext>();
        var db = scope.ServiceProvider.GetRequiredService<SimoreDbContext>();
        context.Use(a);
        var recommendation = await db.Recommendations.FirstAsync();

        context.Use(b);
        recommendation.Text = "changed while B is current";

        Assert.ThrowsAsync<TenantMismatchException>(() => db.SaveChangesAsync());
    }

    [Test]
    public void Adding_a_tenant_owned_row_without_a_tenant_throws()
    {
        using var scope = TestEnvironment.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SimoreDbContext>();
        db.SourceDocuments.Add(new SourceDocument { Symbol = "X/1", BodyCode = "UPR", Mechanism = Mechanism.Upr });

        Assert.ThrowsAsync<TenantMismatchException>(() => db.SaveChangesAsync());
    }
}
