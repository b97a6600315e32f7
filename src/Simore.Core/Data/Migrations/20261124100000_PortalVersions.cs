using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Simore.Core.Data.Migrations
{
    /// <summary>
    /// A version per tenant of what the public search keeps in memory (which recommendations are
    /// public, their facet keys and their orders): taken from one sequence, so a version never comes
    /// back, not even after a tenant is deleted and restored. The facet triggers mark the
    /// recommendations a transaction touches; their rebuild at commit now also takes a new version,
    /// and merges, renumbering, deletions and document symbols mark them too.
    /// The GIN index over every tenant's search vectors goes: a search is always within one tenant,
    /// and testing the words on that tenant's rows (a few thousand) takes 1-5 ms where the shared
    /// index took 10-80 ms to list a common word's matches in every tenant first (docs/performance.md).
    /// </summary>
    [DbContext(typeof(SimoreDbContext))]
    [Migration("20261124100000_PortalVersions")]
    public partial class PortalVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE SEQUENCE portal_version_seq;

                CREATE TABLE portal_versions (
                    tenant_id integer NOT NULL,
                    version bigint NOT NULL,
                    CONSTRAINT pk_portal_versions PRIMARY KEY (tenant_id)
                );

                CREATE OR REPLACE FUNCTION simore_refresh_recommendation_facets(p_tenant integer, p_ids bigint[]) RETURNS void
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
                    WHERE recommendation_facets.keys IS DISTINCT FROM EXCLUDED.keys;

                    INSERT INTO portal_versions (tenant_id, version) VALUES (p_tenant, nextval('portal_version_seq'))
                    ON CONFLICT (tenant_id) DO UPDATE SET version = EXCLUDED.version;
                $$;

                CREATE OR REPLACE FUNCTION simore_facets_of_recommendation() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    IF TG_OP = 'DELETE' THEN
                        INSERT INTO recommendation_facets_pending VALUES (OLD.tenant_id, OLD.id) ON CONFLICT DO NOTHING;
                    ELSE
                        INSERT INTO recommendation_facets_pending VALUES (NEW.tenant_id, NEW.id) ON CONFLICT DO NOTHING;
                    END IF;
                    RETURN NULL;
                END
                $$;

                DROP TRIGGER recommendations_facets ON recommendations;
                CREATE TRIGGER recommendations_facets
                AFTER INSERT OR DELETE OR UPDATE OF position, status, cluster_id, document_id, merged_into_id, sort_key ON recommendations
                FOR EACH ROW EXECUTE FUNCTION simore_facets_of_recommendation();

                DROP TRIGGER source_documents_facets ON source_documents;
                CREATE TRIGGER source_documents_facets
                AFTER UPDATE OF cycle, published_on, mechanism, body_code, symbol ON source_documents
                FOR EACH ROW EXECUTE FUNCTION simore_facets_of_document();
                """);
            migrationBuilder.EnableTenantRowLevelSecurity("portal_versions");
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_recommendations_search_vector;");
            migrationBuilder.ForEachTenant("INSERT INTO portal_versions (tenant_id, version) VALUES (t, nextval('portal_version_seq'));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX IF NOT EXISTS ix_recommendations_search_vector ON recommendations USING gin (search_vector);

                DROP TRIGGER source_documents_facets ON source_documents;
                CREATE TRIGGER source_documents_facets
                AFTER UPDATE OF cycle, published_on, mechanism, body_code ON source_documents
                FOR EACH ROW EXECUTE FUNCTION simore_facets_of_document();

                DROP TRIGGER recommendations_facets ON recommendations;
                CREATE TRIGGER recommendations_facets
                AFTER INSERT OR UPDATE OF position, status, cluster_id, document_id ON recommendations
                FOR EACH ROW EXECUTE FUNCTION simore_facets_of_recommendation();

                CREATE OR REPLACE FUNCTION simore_facets_of_recommendation() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    INSERT INTO recommendation_facets_pending VALUES (NEW.tenant_id, NEW.id) ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END
                $$;

                CREATE OR REPLACE FUNCTION simore_refresh_recommendation_facets(p_tenant integer, p_ids bigint[]) RETURNS void
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

                DROP TABLE portal_versions;
                DROP SEQUENCE portal_version_seq;
                """);
        }
    }
}
