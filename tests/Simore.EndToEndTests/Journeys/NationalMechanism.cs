using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Simore.Core.Identity;
using Simore.Core.Tenancy;
using Simore.EndToEndTests.Pages;
using Simore.Testing;
using static Microsoft.Playwright.Assertions;

namespace Simore.EndToEndTests.Journeys;

/// <summary>
/// The national mechanism's year, step by step, in one language: each step is what one person does
/// in their own browser. A fresh State (tenant) with one ministry, its focal point and validator, and
/// an administrator, set up as an operator would; everything after that happens in the pages.
/// </summary>
public sealed partial class NationalMechanism
{
    public const string Cluster = "Right to education";
    public const string Paragraph = "140.139";
    public const string ProposedStatus = "PartiallyImplemented";

    /// <summary>Slovenia's fourth-cycle thematic list, as OHCHR publishes it.</summary>
    public static readonly string OhchrList = RepositoryFiles.PathOf("tests", "data", "ohchr", "SVN_cycle4_UPR48_thematic_list.docx");

    /// <summary>A small but real PDF, as the evidence file.</summary>
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();

    private readonly Func<string, string, Task<Persona>> _open;
    private Persona? _administrator;

    private NationalMechanism(Func<string, string, Task<Persona>> open, string language, Tenant tenant, long ministry, Person administrator, Person focalPoint, Person validator)
    {
        _open = open;
        Language = language;
        Tenant = tenant;
        Ministry = ministry;
        Administrator = administrator;
        FocalPoint = focalPoint;
        Validator = validator;
        Texts = JourneyTexts.In(language);
    }

    public string Language { get; }

    public Tenant Tenant { get; }

    public string Slug => Tenant.Slug;

    public long Ministry { get; }

    public Person Administrator { get; }

    public Person FocalPoint { get; }

    public Person Validator { get; }

    public JourneyTexts Texts { get; }

    /// <summary>The visitor who reads the portal without an account (kept open to come back later).</summary>
    public Persona? Visitor { get; private set; }

    /// <summary>A State whose main language is <paramref name="language"/>, and the people who work in it.</summary>
    public static async Task<NationalMechanism> StartAsync(Func<string, string, Task<Persona>> open, string language)
    {
        var tenant = await Seed.TenantAsync(defaultLanguage: language);
        var ministry = await Seed.InstitutionAsync(tenant, "Ministry of Education, Science and Sport");
        var administrator = await Seed.AdministratorAsync(tenant, language);
        var focalPoint = await Seed.PersonAsync(tenant, Roles.FocalPoint, ministry, "Nina Kos", language);
        var validator = await Seed.PersonAsync(tenant, Roles.Validator, ministry, "Luka Vidmar", language);
        return new NationalMechanism(open, language, tenant, ministry, administrator, focalPoint, validator);
    }

    /// <summary>The administrator signs in once (with the authenticator) and keeps the browser open.</summary>
    public async Task<Persona> AdministratorAsync()
    {
        if (_administrator is null)
        {
            _administrator = await _open("administrator", Language);
            await _administrator.SignInAsync(Administrator);
        }

        return _administrator;
    }

    /// <summary>(1) The administrator imports the OHCHR list with its theme headings as clusters, then gives a cluster to the ministry.</summary>
    public async Task<int> ImportAndAssignClusterAsync()
    {
        var admin = await AdministratorAsync();
        var imports = new ImportsPage(admin, Slug);
        await imports.OpenAsync();
        await ExpectLanguageAsync(admin.Page);
        await imports.UploadAsync(OhchrList, clustersFromHeadings: true);
        var toCreate = await imports.ToCreateAsync();
        await imports.ConfirmAsync();
        var imported = await Seed.InTenantAsync(Tenant, (_, db) => db.Recommendations.CountAsync());
        Assert.That(imported, Is.EqualTo(toCreate).And.GreaterThan(0), "the preview announced what the import wrote");

        var (cluster, inCluster) = await Seed.InTenantAsync(Tenant, async (_, db) =>
            (await db.Clusters.Where(c => c.Name == Cluster).Select(c => c.Id).SingleAsync(), await db.Recommendations.CountAsync(r => r.Cluster!.Name == Cluster)));
        Assert.That(inCluster, Is.GreaterThan(0), $"the list's heading '{Cluster}' became a cluster");
        var clusters = new ClustersPage(admin, Slug);
        await clusters.OpenAsync();
        await clusters.AssignAsync(cluster, Ministry);
        return inCluster;
    }

    /// <summary>(2) The focal point sees the cluster's recommendations, reports on one with a PDF as evidence, and submits it.</summary>
    public async Task<long> ReportWithEvidenceAsync(int assigned)
    {
        var focal = await _open("focal point", Language);
        await focal.SignInAsync(FocalPoint);
        var work = new WorkPages(focal, Slug);
        await work.OpenAsync();
        await ExpectLanguageAsync(focal.Page);
        await Expect(work.Rows).ToHaveCountAsync(assigned);
        await work.StartEntryAsync(Paragraph);
        var entry = await work.SaveDraftAsync(Texts.FollowUp, ProposedStatus);
        await work.AttachAsync("inspectorate-2024.pdf", "application/pdf", Pdf, Texts.EvidenceTitle);
        await work.SubmitForValidationAsync();
        return entry;
    }

    /// <summary>(3) The ministry's validator validates the entry.</summary>
    public async Task ValidateAsync(long entry)
    {
        var validator = await _open("validator", Language);
        await validator.SignInAsync(Validator);
        var validation = new ValidationPages(validator, Slug);
        await validation.OpenAsync();
        await ExpectLanguageAsync(validator.Page);
        await validation.ValidateAsync(entry);
    }

    /// <summary>(4) The administrator publishes it.</summary>
    public async Task PublishAsync(long entry)
    {
        var admin = await AdministratorAsync();
        var review = new ReviewPages(admin, Slug);
        await review.OpenAsync();
        await review.PublishAsync(entry);
    }

    /// <summary>(5) A visitor without an account searches, narrows by implementation status, and reads the follow-up and its evidence.</summary>
    public async Task<RecommendationPage> FindInPortalAsync()
    {
        Visitor = await _open("visitor", Language);
        var search = new PortalSearchPage(Visitor, Slug);
        await search.OpenFromLandingAsync();
        await ExpectLanguageAsync(Visitor.Page);
        await search.SearchAsync("education");
        await Expect(search.Results).Not.ToHaveCountAsync(1);
        await search.FilterAsync("status", ProposedStatus);
        await Expect(search.Results).ToHaveCountAsync(1);
        await search.OpenResultAsync(Paragraph);

        var page = new RecommendationPage(Visitor, Slug);
        await Expect(page.FollowUp.Filter(new() { HasText = Texts.FollowUp })).ToHaveCountAsync(1);
        var evidence = page.EvidenceLinks.Filter(new() { HasText = Texts.EvidenceTitle });
        await Expect(evidence).ToHaveCountAsync(1);
        var download = await page.FetchAsync(evidence);
        Assert.That(download.Status, Is.EqualTo(200));
        Assert.That(await download.BodyAsync(), Is.EqualTo(Pdf), "the visitor downloads the very file the focal point attached");
        await Expect(page.Comments).ToHaveCountAsync(0);
        return page;
    }

    /// <summary>(6) A civil-society participant registers from the recommendation's page, confirms the address from the e-mail, and comments.</summary>
    public async Task CommentAsParticipantAsync(long recommendation)
    {
        var participant = await _open("participant", Language);
        var person = new Person(Guid.Empty, $"participant-{Guid.NewGuid():N}@e2e.example", Seed.Password, Texts.Participant, null);
        var page = new RecommendationPage(participant, Slug);
        await page.OpenAsync(recommendation);
        await participant.Page.Locator($"main a[href='/{Slug}/register']").ClickAsync();
        var registration = new RegistrationPages(participant, Slug);
        await registration.RegisterAsync(person, Texts.Organisation);
        var link = await Seed.LinkInLatestEmailAsync(Tenant, person.Email);
        await registration.ConfirmAndSignInAsync(link, person);
        await page.OpenAsync(recommendation);
        var comment = new CommentPage(participant);
        await comment.OpenFromRecommendationAsync();
        await ExpectLanguageAsync(participant.Page);
        await comment.SendAsync(Texts.Comment);
    }

    /// <summary>(7) The administrator approves the comment; the visitor sees it on the public page.</summary>
    public async Task ApproveCommentAsync(long recommendation)
    {
        var admin = await AdministratorAsync();
        var moderation = new ModerationPage(admin, Slug);
        await moderation.OpenAsync();
        await moderation.ApproveAsync(Texts.Comment);

        var visitor = Visitor ?? await _open("visitor", Language);
        var page = new RecommendationPage(visitor, Slug);
        await page.OpenAsync(recommendation);
        await Expect(page.Comments.Filter(new() { HasText = Texts.Comment })).ToHaveCountAsync(1);
        await Expect(page.Comments.Filter(new() { HasText = Texts.Organisation })).ToHaveCountAsync(1);
    }

    public Task<long> RecommendationIdAsync() =>
        Seed.InTenantAsync(Tenant, (_, db) => db.Recommendations.Where(r => r.Paragraph == Paragraph).Select(r => r.Id).SingleAsync());

    /// <summary>Every page of the journey speaks the State's language, in its direction.</summary>
    public async Task ExpectLanguageAsync(IPage page)
    {
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", Language);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", Language == "ar" ? "rtl" : "ltr");
    }
}
