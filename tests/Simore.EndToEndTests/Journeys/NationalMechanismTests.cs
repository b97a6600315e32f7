namespace Simore.EndToEndTests.Journeys;

/// <summary>
/// The whole path, in a real browser: the list imported and a cluster assigned, follow-up reported
/// with evidence, validated, published, found in the public portal, commented on by a registered
/// participant, moderated, and shown to the public; then the drafter makes the report drafts from it
/// and reads the downloaded files.
/// </summary>
public sealed class NationalMechanismTests : BrowserTest
{
    [Test]
    public async Task From_the_OHCHR_list_to_a_moderated_public_comment_and_the_report_drafts()
    {
        var journey = await NationalMechanism.StartAsync((name, language) => PersonaAsync(name, language), "en");

        await RunAsync(journey);
    }

    /// <summary>The same path for a State that works in Arabic: every page right to left.</summary>
    [Test]
    public async Task From_the_OHCHR_list_to_a_moderated_public_comment_and_the_report_drafts_in_Arabic()
    {
        var journey = await NationalMechanism.StartAsync((name, language) => PersonaAsync(name, language), "ar");

        await RunAsync(journey);

        var visitor = journey.Visitor!.Page;
        await RightToLeft.ExpectNavigationMirroredAsync(visitor);
        await RightToLeft.ExpectTextStartsAtTheRightAsync(visitor.Locator("main h1"));
        await RightToLeft.ExpectNavigationMirroredAsync((await journey.AdministratorAsync()).Page);
    }

    internal static async Task RunAsync(NationalMechanism journey)
    {
        var assigned = await journey.ImportAndAssignClusterAsync();
        var entry = await journey.ReportWithEvidenceAsync(assigned);
        await journey.ValidateAsync(entry);
        await journey.PublishAsync(entry);
        await journey.FindInPortalAsync();
        var recommendation = await journey.RecommendationIdAsync();
        await journey.CommentAsParticipantAsync(recommendation);
        await journey.ApproveCommentAsync(recommendation);
        await journey.DraftReportsAsync();
    }
}
