using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Simore.Core.Data;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Simore.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Portal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "organisation",
                table: "users",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "language",
                table: "source_documents",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "en");

            migrationBuilder.AddColumn<string>(
                name: "follow_up_text",
                table: "recommendations",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    recommendation_id = table.Column<long>(type: "bigint", nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    organisation_only = table.Column<bool>(type: "boolean", nullable: false),
                    assessed_status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    evidence_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    moderation_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    moderated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    moderated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_assessments_asp_net_users_author_id",
                        column: x => x.author_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assessments_recommendations_tenant_id_recommendation_id",
                        columns: x => new { x.tenant_id, x.recommendation_id },
                        principalTable: "recommendations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_assessments_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "comments",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    recommendation_id = table.Column<long>(type: "bigint", nullable: false),
                    entry_id = table.Column<long>(type: "bigint", nullable: true),
                    author_id = table.Column<Guid>(type: "uuid", nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    organisation_only = table.Column<bool>(type: "boolean", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    moderation_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    moderated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    moderated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_comments", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_comments_asp_net_users_author_id",
                        column: x => x.author_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_comments_follow_up_entries_tenant_id_entry_id",
                        columns: x => new { x.tenant_id, x.entry_id },
                        principalTable: "follow_up_entries",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_comments_recommendations_tenant_id_recommendation_id",
                        columns: x => new { x.tenant_id, x.recommendation_id },
                        principalTable: "recommendations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_comments_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "abuse_reports",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    comment_id = table.Column<long>(type: "bigint", nullable: true),
                    assessment_id = table.Column<long>(type: "bigint", nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    reporter_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolved_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_abuse_reports", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_abuse_reports_assessments_tenant_id_assessment_id",
                        columns: x => new { x.tenant_id, x.assessment_id },
                        principalTable: "assessments",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_abuse_reports_comments_tenant_id_comment_id",
                        columns: x => new { x.tenant_id, x.comment_id },
                        principalTable: "comments",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_abuse_reports_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_abuse_reports_tenant_id_assessment_id",
                table: "abuse_reports",
                columns: new[] { "tenant_id", "assessment_id" });

            migrationBuilder.CreateIndex(
                name: "ix_abuse_reports_tenant_id_comment_id",
                table: "abuse_reports",
                columns: new[] { "tenant_id", "comment_id" });

            migrationBuilder.CreateIndex(
                name: "ix_abuse_reports_tenant_id_resolved_at",
                table: "abuse_reports",
                columns: new[] { "tenant_id", "resolved_at" });

            migrationBuilder.CreateIndex(
                name: "ix_assessments_author_id",
                table: "assessments",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_assessments_tenant_id_recommendation_id_status",
                table: "assessments",
                columns: new[] { "tenant_id", "recommendation_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_comments_author_id",
                table: "comments",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_comments_tenant_id_entry_id",
                table: "comments",
                columns: new[] { "tenant_id", "entry_id" });

            migrationBuilder.CreateIndex(
                name: "ix_comments_tenant_id_recommendation_id_status",
                table: "comments",
                columns: new[] { "tenant_id", "recommendation_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_comments_tenant_id_status_created_at",
                table: "comments",
                columns: new[] { "tenant_id", "status", "created_at" });

            migrationBuilder.EnableTenantRowLevelSecurity("comments");
            migrationBuilder.EnableTenantRowLevelSecurity("assessments");
            migrationBuilder.EnableTenantRowLevelSecurity("abuse_reports");

            // Full-text search, in the language each document was issued in. A trigger rather than a
            // generated column: the text search configuration differs per row.
            migrationBuilder.Sql("""
                ALTER TABLE recommendations ADD COLUMN search_vector tsvector;

                CREATE FUNCTION simore_search_config(language text) RETURNS regconfig
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT (CASE language WHEN 'fr' THEN 'french' WHEN 'es' THEN 'spanish' WHEN 'ru' THEN 'russian'
                                            WHEN 'ar' THEN 'arabic' WHEN 'zh' THEN 'simple' ELSE 'english' END)::regconfig $$;

                CREATE FUNCTION simore_recommendation_search_vector() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                DECLARE config regconfig;
                BEGIN
                    SELECT simore_search_config(d.language) INTO config
                    FROM source_documents d WHERE d.tenant_id = NEW.tenant_id AND d.id = NEW.document_id;
                    config := coalesce(config, 'english'::regconfig);
                    NEW.search_vector :=
                        setweight(to_tsvector(config, coalesce(NEW.short_title, '') || ' ' || NEW.text), 'A')
                        || setweight(to_tsvector('simple', NEW.paragraph || ' ' || NEW.text), 'B')
                        || setweight(to_tsvector(config, coalesce(NEW.follow_up_text, '')), 'C')
                        || setweight(to_tsvector('simple', coalesce(NEW.follow_up_text, '')), 'D');
                    RETURN NEW;
                END
                $$;

                CREATE TRIGGER recommendations_search_vector
                BEFORE INSERT OR UPDATE OF text, short_title, follow_up_text, paragraph, document_id ON recommendations
                FOR EACH ROW EXECUTE FUNCTION simore_recommendation_search_vector();

                CREATE INDEX ix_recommendations_search_vector ON recommendations USING gin (search_vector);
                """);

            // Existing rows: fire the trigger once for each (it runs per tenant under row-level security).
            migrationBuilder.ForEachTenant("UPDATE recommendations SET text = text WHERE tenant_id = t;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "abuse_reports");

            migrationBuilder.DropTable(
                name: "assessments");

            migrationBuilder.DropTable(
                name: "comments");

            migrationBuilder.DropColumn(
                name: "organisation",
                table: "users");

            migrationBuilder.DropColumn(
                name: "language",
                table: "source_documents");

            migrationBuilder.DropColumn(
                name: "follow_up_text",
                table: "recommendations");
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS recommendations_search_vector ON recommendations;
                DROP FUNCTION IF EXISTS simore_recommendation_search_vector();
                DROP FUNCTION IF EXISTS simore_search_config(text);
                ALTER TABLE recommendations DROP COLUMN IF EXISTS search_vector;
                """);
        }
    }
}
