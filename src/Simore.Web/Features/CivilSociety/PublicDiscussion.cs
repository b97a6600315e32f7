using System.Data.Common;
using Simore.Core.FollowUp;
using Simore.Core.Localization;

namespace Simore.Web.Features.CivilSociety;

/// <summary>
/// The approved assessments and comments about one recommendation, read as two commands of the public
/// page's batch (parameters @tenant, @id, @lang). The person's name never leaves the database when
/// they asked to show only their organisation.
/// </summary>
public static class PublicDiscussion
{
    public const string AssessmentsSql = """
        SELECT a.id,
               CASE WHEN a.organisation_only THEN coalesce(a.organisation, '') ELSE a.display_name END,
               CASE WHEN a.organisation_only THEN NULL ELSE a.organisation END,
               a.assessed_status, a.text, a.evidence_url, a.created_at
        FROM assessments a
        WHERE a.tenant_id = @tenant AND a.recommendation_id = @id AND a.status = 'Approved'
        ORDER BY a.created_at DESC, a.id DESC
        """;

    /// <summary>Each comment with the follow-up entry it is about, when that entry is published.</summary>
    public const string CommentsSql = """
        SELECT c.id,
               CASE WHEN c.organisation_only THEN coalesce(c.organisation, '') ELSE c.display_name END,
               CASE WHEN c.organisation_only THEN NULL ELSE c.organisation END,
               c.text, c.created_at, c.entry_id,
               e.id, i.name, i.name_translations ->> @lang, e.published_at
        FROM comments c
        LEFT JOIN follow_up_entries e ON e.tenant_id = c.tenant_id AND e.id = c.entry_id AND e.status = 'Published'
        LEFT JOIN institutions i ON i.tenant_id = e.tenant_id AND i.id = e.institution_id
        WHERE c.tenant_id = @tenant AND c.recommendation_id = @id AND c.status = 'Approved'
        ORDER BY c.created_at, c.id
        """;

    public static async Task<IReadOnlyList<PublicAssessment>> ReadAssessmentsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var assessments = new List<PublicAssessment>();
        while (await reader.ReadAsync(cancellationToken))
        {
            assessments.Add(new PublicAssessment(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                Enum.Parse<ImplementationStatus>(reader.GetString(3)),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetFieldValue<DateTimeOffset>(6)));
        }

        return assessments;
    }

    public static async Task<(IReadOnlyList<PublicComment> Comments, IReadOnlyDictionary<long, EntryLabel> Entries)> ReadCommentsAsync(
        DbDataReader reader, CancellationToken cancellationToken)
    {
        var comments = new List<PublicComment>();
        var entries = new Dictionary<long, EntryLabel>();
        while (await reader.ReadAsync(cancellationToken))
        {
            comments.Add(new PublicComment(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4),
                reader.IsDBNull(5) ? null : reader.GetInt64(5)));
            if (!reader.IsDBNull(6))
            {
                var institution = Translated.Name(reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8));
                entries[reader.GetInt64(6)] = new EntryLabel(institution, reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9));
            }
        }

        return (comments, entries);
    }
}
