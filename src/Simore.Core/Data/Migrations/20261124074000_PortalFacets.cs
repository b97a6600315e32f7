using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Simore.Core.Data.Migrations
{
    /// <summary>
    /// The public search's facet keys ("cycle:4", "state:FRA", "institution:12", …) of each recommendation,
    /// in a table of their own kept by triggers, outside the EF Core model like the search vector. One
    /// array per recommendation makes every filter one containment test on an index and every facet
    /// count one pass over the matching rows. Row triggers only mark the recommendations they touch;
    /// a deferred trigger rebuilds each marked one once, at commit. The recommendation row itself is
    /// never written by these triggers, so its row version (xmin) changes only when the application
    /// changes it.
    /// </summary>
    [DbContext(typeof(SimoreDbContext))]
    [Migration("20261124074000_PortalFacets")]
    public partial class PortalFacets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS btree_gin;

                CREATE TABLE recommendation_facets (
                    tenant_id integer NOT NULL,
                    recommendation_id bigint NOT NULL,
                    keys text[] NOT NULL,
                    CONSTRAINT pk_recommendation_facets PRIMARY KEY (tenant_id, recommendation_id),
                    CONSTRAINT fk_recommendation_facets_recommendations FOREIGN KEY (tenant_id, recommendation_id)
                        REFERENCES recommendations (tenant_id, id) ON DELETE CASCADE
                );
                CREATE INDEX ix_recommendation_facets_keys ON recommendation_facets USING gin (tenant_id, keys);

                -- The keys of the given recommendations, from the recommendation, its document and its tags.
                CREATE FUNCTION simore_refresh_recommendation_facets(p_tenant integer, p_ids bigint[]) RETURNS void
                LANGUAGE sql
                AS $$
                    INSERT INTO recommendation_facets (tenant_id, recommendation_id, keys)
                    SELECT r.tenant_id, r.id, ARRAY(
                        SELECT DISTINCT k FROM (
                            SELECT 'cycle:' || d.cycle WHERE d.cycle IS NOT NULL
                            UNION ALL SELECT 'year:' || extract(year FROM d.published_on)::int WHERE d.published_on IS NOT NULL
                            UNION ALL SELECT 'mechanism:' || d.mechanism
                            UNION ALL SELECT 'body:' || d.body_code
                            UNION ALL SELECT 'position:' || r.position
                            UNION ALL SELECT 'status:' || coalesce(r.status, 'none')
                            UNION ALL SELECT 'cluster:' || r.cluster_id WHERE r.cluster_id IS NOT NULL
                            UNION ALL SELECT 'state:' || x.country_code FROM recommending_states x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id
                            UNION ALL SELECT 'theme:' || x.theme_code FROM recommendation_themes x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id
                            UNION ALL SELECT 'group:' || x.group_code FROM recommendation_groups x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id
                            UNION ALL SELECT 'sdg:' || x.goal FROM recommendation_sdg_goals x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id
                            UNION ALL SELECT 'sdg:' || split_part(x.target_code, '.', 1)::int FROM recommendation_sdg_targets x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id
                            UNION ALL SELECT 'target:' || x.target_code FROM recommendation_sdg_targets x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id
                            UNION ALL SELECT 'institution:' || x.institution_id FROM assignments x WHERE x.tenant_id = r.tenant_id AND x.recommendation_id = r.id
                        ) keys(k) ORDER BY k)
                    FROM recommendations r JOIN source_documents d ON d.tenant_id = r.tenant_id AND d.id = r.document_id
                    WHERE r.tenant_id = p_tenant AND r.id = ANY (p_ids)
                    ON CONFLICT (tenant_id, recommendation_id) DO UPDATE SET keys = EXCLUDED.keys
                    WHERE recommendation_facets.keys IS DISTINCT FROM EXCLUDED.keys
                $$;

                -- Changes only mark their recommendations; the keys are rebuilt once per recommendation
                -- when the transaction commits, however many of its tags, assignments or fields changed
                -- (an import writes a dozen rows per recommendation).
                CREATE TABLE recommendation_facets_pending (
                    tenant_id integer NOT NULL,
                    recommendation_id bigint NOT NULL,
                    CONSTRAINT pk_recommendation_facets_pending PRIMARY KEY (tenant_id, recommendation_id)
                );

                CREATE FUNCTION simore_flush_recommendation_facets() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                DECLARE ids bigint[];
                BEGIN
                    WITH taken AS (DELETE FROM recommendation_facets_pending p WHERE p.tenant_id = NEW.tenant_id RETURNING p.recommendation_id)
                    SELECT array_agg(recommendation_id) INTO ids FROM taken;
                    IF ids IS NOT NULL THEN
                        PERFORM simore_refresh_recommendation_facets(NEW.tenant_id, ids);
                    END IF;
                    RETURN NULL;
                END
                $$;

                CREATE CONSTRAINT TRIGGER recommendation_facets_pending_flush
                AFTER INSERT ON recommendation_facets_pending
                DEFERRABLE INITIALLY DEFERRED
                FOR EACH ROW EXECUTE FUNCTION simore_flush_recommendation_facets();

                CREATE FUNCTION simore_facets_of_recommendation() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    INSERT INTO recommendation_facets_pending VALUES (NEW.tenant_id, NEW.id) ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END
                $$;

                CREATE FUNCTION simore_facets_of_tag() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        INSERT INTO recommendation_facets_pending VALUES (OLD.tenant_id, OLD.recommendation_id) ON CONFLICT DO NOTHING;
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO recommendation_facets_pending VALUES (NEW.tenant_id, NEW.recommendation_id) ON CONFLICT DO NOTHING;
                    END IF;
                    RETURN NULL;
                END
                $$;

                CREATE FUNCTION simore_facets_of_document() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    INSERT INTO recommendation_facets_pending
                    SELECT r.tenant_id, r.id FROM recommendations r WHERE r.tenant_id = NEW.tenant_id AND r.document_id = NEW.id
                    ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER recommendations_facets
                AFTER INSERT OR UPDATE OF position, status, cluster_id, document_id ON recommendations
                FOR EACH ROW EXECUTE FUNCTION simore_facets_of_recommendation();

                CREATE TRIGGER source_documents_facets
                AFTER UPDATE OF cycle, published_on, mechanism, body_code ON source_documents
                FOR EACH ROW EXECUTE FUNCTION simore_facets_of_document();

                CREATE TRIGGER recommending_states_facets AFTER INSERT OR UPDATE OR DELETE ON recommending_states
                FOR EACH ROW EXECUTE FUNCTION simore_facets_of_tag();
                CREATE TRIGGER recommendation_themes_facets AFTER INSERT OR UPDATE OR DELETE ON recommendation_themes
                FOR EACH ROW EXECUTE FUNCTION simore_facets_of_tag();
                CREATE TRIGGER recommendation_groups_facets AFTER INSERT OR UPDATE OR DELETE ON recommendation_groups
                FOR EACH ROW EXECUTE FUNCTION simore_facets_of_tag();
                CREATE TRIGGER recommendation_sdg_goals_facets AFTER INSERT OR UPDATE OR DELETE ON recommendation_sdg_goals
                FOR EACH ROW EXECUTE FUNCTION simore_facets_of_tag();
                CREATE TRIGGER recommendation_sdg_targets_facets AFTER INSERT OR UPDATE OR DELETE ON recommendation_sdg_targets
                FOR EACH ROW EXECUTE FUNCTION simore_facets_of_tag();
                CREATE TRIGGER assignments_facets AFTER INSERT OR UPDATE OR DELETE ON assignments
                FOR EACH ROW EXECUTE FUNCTION simore_facets_of_tag();
                """);
            migrationBuilder.EnableTenantRowLevelSecurity("recommendation_facets");
            migrationBuilder.EnableTenantRowLevelSecurity("recommendation_facets_pending");

            // Existing recommendations, tenant by tenant under row-level security.
            migrationBuilder.ForEachTenant("PERFORM simore_refresh_recommendation_facets(t, ARRAY(SELECT id FROM recommendations WHERE tenant_id = t));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS recommendations_facets ON recommendations;
                DROP TRIGGER IF EXISTS source_documents_facets ON source_documents;
                DROP TRIGGER IF EXISTS recommending_states_facets ON recommending_states;
                DROP TRIGGER IF EXISTS recommendation_themes_facets ON recommendation_themes;
                DROP TRIGGER IF EXISTS recommendation_groups_facets ON recommendation_groups;
                DROP TRIGGER IF EXISTS recommendation_sdg_goals_facets ON recommendation_sdg_goals;
                DROP TRIGGER IF EXISTS recommendation_sdg_targets_facets ON recommendation_sdg_targets;
                DROP TRIGGER IF EXISTS assignments_facets ON assignments;
                DROP FUNCTION IF EXISTS simore_facets_of_recommendation();
                DROP FUNCTION IF EXISTS simore_facets_of_tag();
                DROP FUNCTION IF EXISTS simore_facets_of_document();
                DROP FUNCTION IF EXISTS simore_refresh_recommendation_facets(integer, bigint[]);
                DROP TABLE IF EXISTS recommendation_facets_pending;
                DROP FUNCTION IF EXISTS simore_flush_recommendation_facets();
                DROP TABLE IF EXISTS recommendation_facets;
                """);
        }
    }
}
