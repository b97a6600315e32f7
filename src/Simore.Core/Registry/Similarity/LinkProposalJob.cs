using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Tenancy;

namespace Simore.Core.Registry.Similarity;

/// <summary>
/// After an import: for each new recommendation, propose links to the closest recommendations of
/// earlier UPR cycles and of other mechanisms. One statement; running it again adds nothing.
/// </summary>
public sealed class LinkProposalJob(ITenantContext tenant, SimoreDbContext db, TimeProvider clock)
{
    /// <summary>Proposals below this trigram similarity are noise.</summary>
    public const double Threshold = 0.5;

    public async Task<int> RunAsync(int tenantId, long importBatchId, CancellationToken cancellationToken)
    {
        tenant.Use(tenantId);
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET LOCAL pg_trgm.similarity_threshold = 0.5", cancellationToken);
        var created = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO recommendation_links (tenant_id, from_id, to_id, kind, status, score, created_at)
            SELECT n.tenant_id, n.id, c.id,
                   CASE WHEN nd.mechanism = 'Upr' AND c.mechanism = 'Upr' THEN 'PreviouslyRecommended' ELSE 'Related' END,
                   'Proposed', c.score, {now}
            FROM recommendations n
            JOIN source_documents nd ON nd.tenant_id = n.tenant_id AND nd.id = n.document_id
            CROSS JOIN LATERAL (
                SELECT o.id, od.mechanism, similarity(o.text, n.text) AS score
                FROM recommendations o
                JOIN source_documents od ON od.tenant_id = o.tenant_id AND od.id = o.document_id
                WHERE o.tenant_id = n.tenant_id
                  AND o.id <> n.id
                  AND o.text % n.text
                  AND o.merged_into_id IS NULL
                  AND ((od.mechanism = 'Upr' AND nd.mechanism = 'Upr' AND od.cycle < nd.cycle) OR od.mechanism <> nd.mechanism)
                ORDER BY similarity(o.text, n.text) DESC
                LIMIT 3
            ) c
            WHERE n.import_batch_id = {importBatchId} AND c.score >= {Threshold}
            ON CONFLICT (tenant_id, from_id, to_id, kind) DO NOTHING
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return created;
    }
}
