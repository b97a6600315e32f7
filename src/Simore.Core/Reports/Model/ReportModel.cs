using Simore.Core.FollowUp;
using Simore.Core.Registry;

namespace Simore.Core.Reports.Model;

/// <summary>
/// Everything a report shows, read from the database once and in the report's language. Every
/// renderer (HTML and PDF, Word, Excel, CSV) works from this, never from the database.
/// </summary>
public sealed record ReportModel(
    ReportKind Kind,
    ReportOptions Options,
    StateInfo State,
    ReviewInfo Review,
    IReadOnlyList<ReportCluster> Clusters,
    NetworkFacts Network,
    InstitutionFocus? Institution,
    DateTimeOffset GeneratedAt)
{
    /// <summary>Cluster by cluster, as the report's sections run.</summary>
    public IEnumerable<ReportRecommendation> Recommendations => Clusters.SelectMany(c => c.Recommendations);

    /// <summary>By document and paragraph number, as tables and annexes list them.</summary>
    public IEnumerable<ReportRecommendation> ByReference => Recommendations
        .OrderBy(r => r.DocumentSymbol, StringComparer.Ordinal)
        .ThenBy(r => Registry.ParagraphNumber.SortKey(r.Paragraph), StringComparer.Ordinal);
}

/// <summary>The State and the review the report is about.</summary>
public sealed record StateInfo(string Name, string CountryCode, string DefaultLanguage);

/// <summary>The UPR cycle reported on, its Working Group session and dates, when known.</summary>
public sealed record ReviewInfo(int? Cycle, int? Session, string? DocumentSymbol, DateOnly? ReviewDate, DateOnly? NextReviewDate);

/// <summary>A cluster (or the recommendations with none, when <see cref="Id"/> is null).</summary>
public sealed record ReportCluster(long? Id, string Name, IReadOnlyList<ReportRecommendation> Recommendations)
{
    public CompactRange Range => RecommendationRanges.Format(Recommendations.Select(r => (r.DocumentSymbol, r.Number)));
}

public sealed record ReportRecommendation(
    long Id,
    string DocumentSymbol,
    string Paragraph,
    string Number,
    string Text,
    IReadOnlyList<string> RecommendingStates,
    Position Position,
    ImplementationStatus? Status,
    string? ClusterName,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Sdgs,
    IReadOnlyList<string> LeadInstitutions,
    IReadOnlyList<string> ContributingInstitutions,
    DateOnly? Deadline,
    IReadOnlyList<ReportIndicator> Indicators,
    IReadOnlyList<ReportAction> Actions,
    IReadOnlyList<ReportAssessment> Assessments,
    DateTimeOffset? LastUpdate)
{
    /// <summary>"140.7 Ratify … (Maldives) (Portugal)": the text as the thematic lists quote it.</summary>
    public string TextWithStates => RecommendingStates.Count == 0
        ? Text
        : Text + " " + string.Join(' ', RecommendingStates.Select(s => "(" + s + ")"));
}

/// <summary>One follow-up entry as the report shows it (an entry about several recommendations appears under each).</summary>
public sealed record ReportAction(
    long EntryId,
    string Institution,
    string Text,
    MeasureKind MeasureKind,
    DateOnly? StartDate,
    DateOnly? EndDate,
    ImplementationStatus ProposedStatus,
    EntryStatus EntryStatus,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt,
    string? Challenges,
    string? TechnicalAssistanceNeeds)
{
    public bool IsPublished => EntryStatus == EntryStatus.Published;
}

public sealed record ReportIndicator(string Title, string? Unit, decimal? Baseline, decimal? Target, int? TargetYear, decimal? LatestValue, DateOnly? LatestOn);

/// <summary>A published independent assessment by civil society or the national human rights institution.</summary>
public sealed record ReportAssessment(string Author, ImplementationStatus AssessedStatus, string Text, DateTimeOffset CreatedAt);

/// <summary>The national mechanism behind the report, for the methodology section.</summary>
public sealed record NetworkFacts(
    int Institutions,
    int FocalPoints,
    IReadOnlyList<string> WorkingGroups,
    IReadOnlyList<ReportMeeting> Meetings,
    int PublishedEntries,
    int ReportingInstitutions,
    int PublicComments,
    int IndependentAssessments);

/// <summary>A working-group meeting in the report's period; with other attendees, it was also a consultation.</summary>
public sealed record ReportMeeting(string WorkingGroup, DateTimeOffset StartsAt, int Attendees, string? OtherAttendees, string? Decisions);

/// <summary>The institution of a progress report and its work in every state of the workflow.</summary>
public sealed record InstitutionFocus(long Id, string Name, IReadOnlyDictionary<EntryStatus, int> EntriesByStatus, IReadOnlyList<long> LeadRecommendationIds);
