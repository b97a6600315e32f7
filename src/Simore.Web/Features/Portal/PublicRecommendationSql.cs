namespace Simore.Web.Features.Portal;

/// <summary>
/// The commands of the public recommendation page's batch (parameters @tenant, @id, @lang). Each
/// filters on the tenant itself, besides row-level security; the follow-up is published entries only.
/// </summary>
internal static class PublicRecommendationSql
{
    /// <summary>The recommendation, its codes as arrays, its cluster's name, and what a merged duplicate became.</summary>
    public const string Recommendation = """
        SELECT r.id, r.paragraph, r.text, d.symbol, d.mechanism, d.cycle, r.recommending_states,
               ARRAY(SELECT x.country_code FROM recommending_states x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id ORDER BY x.country_code),
               r.position, r.position_source, r.status, r.status_updated_at,
               r.cluster_id, c.name, c.name_translations ->> @lang,
               ARRAY(SELECT x.theme_code FROM recommendation_themes x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id ORDER BY x.theme_code),
               ARRAY(SELECT x.group_code FROM recommendation_groups x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id ORDER BY x.group_code),
               ARRAY(SELECT x.goal FROM recommendation_sdg_goals x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id ORDER BY x.goal),
               ARRAY(SELECT x.target_code FROM recommendation_sdg_targets x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id ORDER BY x.target_code),
               m.id, md.symbol, m.paragraph
        FROM recommendations r
        JOIN source_documents d ON d.tenant_id = r.tenant_id AND d.id = r.document_id
        LEFT JOIN clusters c ON c.tenant_id = r.tenant_id AND c.id = r.cluster_id
        LEFT JOIN recommendations m ON m.tenant_id = r.tenant_id AND m.id = r.merged_into_id
        LEFT JOIN source_documents md ON md.tenant_id = m.tenant_id AND md.id = m.document_id
        WHERE r.tenant_id = @tenant AND r.id = @id
        """;

    public const string Assignments = """
        SELECT i.name, i.name_translations ->> @lang, a.role
        FROM assignments a
        JOIN institutions i ON i.tenant_id = a.tenant_id AND i.id = a.institution_id
        WHERE a.tenant_id = @tenant AND a.recommendation_id = @id
        ORDER BY a.id
        """;

    public const string PositionHistory = """
        SELECT p.position, p.source, p.decided_on
        FROM position_changes p
        WHERE p.tenant_id = @tenant AND p.recommendation_id = @id
        ORDER BY p.recorded_at, p.id
        """;

    /// <summary>The published entries, newest first, with their public text in the reader's language (as FollowUpEntry.PublicTextIn).</summary>
    public const string Entries = """
        SELECT e.id, e.published_at, i.name, i.name_translations ->> @lang, e.measure_kind, e.proposed_status,
               coalesce(e.published_text, nullif(e.translations ->> @lang, ''), e.text)
        FROM follow_up_entries e
        JOIN institutions i ON i.tenant_id = e.tenant_id AND i.id = e.institution_id
        WHERE e.tenant_id = @tenant AND e.status = 'Published'
          AND EXISTS (SELECT 1 FROM entry_recommendations x WHERE x.tenant_id = e.tenant_id AND x.entry_id = e.id AND x.recommendation_id = @id)
        ORDER BY e.published_at DESC, e.id DESC
        """;

    /// <summary>The evidence of the same published entries.</summary>
    public const string Evidence = """
        SELECT v.entry_id, v.id, v.kind, v.title, v.url
        FROM evidence v
        JOIN follow_up_entries e ON e.tenant_id = v.tenant_id AND e.id = v.entry_id
        WHERE v.tenant_id = @tenant AND e.status = 'Published'
          AND EXISTS (SELECT 1 FROM entry_recommendations x WHERE x.tenant_id = e.tenant_id AND x.entry_id = e.id AND x.recommendation_id = @id)
        ORDER BY v.id
        """;
}
