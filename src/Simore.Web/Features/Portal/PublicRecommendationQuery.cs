using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Simore.Core.Data;
using Simore.Core.Portal;
using Simore.Core.Tenancy;
using Simore.Web.Features.CivilSociety;
using Simore.Web.Features.Shared;

namespace Simore.Web.Features.Portal;

/// <summary>
/// Everything the public may read about one recommendation, in one round trip: a batch of SELECTs on
/// the context's connection (row-level security applies, and each also filters on the tenant).
/// Never a follow-up entry that is not published, never a comment or assessment that is not approved.
/// </summary>
public sealed class PublicRecommendationQuery(SimoreDbContext db, ITenantContext tenantContext)
{
    /// <summary>The batch's commands, in the order their results are read below.</summary>
    private static readonly string[] Commands =
    [
        PublicRecommendationSql.Recommendation, PublicRecommendationSql.Assignments, PublicRecommendationSql.PositionHistory,
        PublicRecommendationSql.Entries, PublicRecommendationSql.Evidence, RelatedRecommendations.Sql,
        PublicDiscussion.AssessmentsSql, PublicDiscussion.CommentsSql,
    ];

    public async Task<PublicRecommendation?> RunAsync(long id, CancellationToken cancellationToken)
    {
        var tenant = tenantContext.TenantId ?? throw new InvalidOperationException("No tenant.");
        var language = Names.Language;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection());
            foreach (var sql in Commands)
            {
                batch.BatchCommands.Add(Command(sql, tenant, id, language));
            }

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            var read = new PublicRecommendationResults(reader, cancellationToken);
            if (await read.RecommendationAsync() is not { } found)
            {
                return null;
            }

            var assignments = await read.NextAsync(read.AssignmentsAsync);
            var history = await read.NextAsync(read.PositionHistoryAsync);
            var entries = await read.NextAsync(read.EntriesAsync);
            var evidence = await read.NextAsync(read.EvidenceAsync);
            var related = await read.NextAsync(() => RelatedRecommendations.ReadAsync(reader, cancellationToken: cancellationToken));
            var assessments = await read.NextAsync(() => PublicDiscussion.ReadAssessmentsAsync(reader, cancellationToken));
            var (comments, labels) = await read.NextAsync(() => PublicDiscussion.ReadCommentsAsync(reader, cancellationToken));
            var recommendation = found.Detail with { Assignments = assignments, PositionHistory = history };
            return new PublicRecommendation(
                recommendation,
                [.. entries.Select(e => e with { Evidence = evidence.GetValueOrDefault(e.Id) ?? [] })],
                related,
                found.MergedInto,
                new DiscussionModel(id, recommendation.Status, assessments, comments, labels));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static NpgsqlBatchCommand Command(string sql, int tenant, long id, string language) => new(sql)
    {
        Parameters =
        {
            new NpgsqlParameter("tenant", NpgsqlDbType.Integer) { Value = tenant },
            new NpgsqlParameter("id", NpgsqlDbType.Bigint) { Value = id },
            new NpgsqlParameter("lang", NpgsqlDbType.Text) { Value = language },
        },
    };
}
