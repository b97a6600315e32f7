using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Simore.Core.Data;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Simore.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Registry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AlterColumn<string>(
                name: "body_code",
                table: "source_documents",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AddColumn<string>(
                name: "mandate",
                table: "source_documents",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "numbering",
                table: "source_documents",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Dotted");

            migrationBuilder.AddColumn<long>(
                name: "cluster_id",
                table: "recommendations",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "external_id",
                table: "recommendations",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "import_batch_id",
                table: "recommendations",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "keywords",
                table: "recommendations",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<long>(
                name: "merged_into_id",
                table: "recommendations",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "short_title",
                table: "recommendations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    entity_type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    entity_id = table.Column<long>(type: "bigint", nullable: false),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    changes = table.Column<string>(type: "jsonb", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_audit_entries_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bodies",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    mechanism = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    numbering = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    names = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bodies", x => x.code);
                });

            // Existing documents reference their body: the bodies must exist before the foreign key.
            migrationBuilder.Sql(global::Simore.Core.Registry.Reference.ReferenceDataSeeder.BodiesSql());

            migrationBuilder.CreateTable(
                name: "clusters",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_translations = table.Column<string>(type: "jsonb", nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clusters", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_clusters_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "countries",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    iso2 = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    is_un_member = table.Column<bool>(type: "boolean", nullable: false),
                    names = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_countries", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "import_batches",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    format = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: true),
                    options = table.Column<string>(type: "jsonb", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created = table.Column<int>(type: "integer", nullable: false),
                    updated = table.Column<int>(type: "integer", nullable: false),
                    unchanged = table.Column<int>(type: "integer", nullable: false),
                    merged = table.Column<int>(type: "integer", nullable: false),
                    rejected = table.Column<int>(type: "integer", nullable: false),
                    skipped = table.Column<int>(type: "integer", nullable: false),
                    problems = table.Column<string>(type: "jsonb", nullable: true),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    committed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_import_batches", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_import_batches_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "person_groups",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    names = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_groups", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "recommendation_links",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    from_id = table.Column<long>(type: "bigint", nullable: false),
                    to_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recommendation_links", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_recommendation_links_recommendations_tenant_id_from_id",
                        columns: x => new { x.tenant_id, x.from_id },
                        principalTable: "recommendations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_recommendation_links_recommendations_tenant_id_to_id",
                        columns: x => new { x.tenant_id, x.to_id },
                        principalTable: "recommendations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_recommendation_links_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "recommendation_parts",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    recommendation_id = table.Column<long>(type: "bigint", nullable: false),
                    label = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    position = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    theme_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    group_codes = table.Column<List<string>>(type: "text[]", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recommendation_parts", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_recommendation_parts_recommendations_tenant_id_recommendati",
                        columns: x => new { x.tenant_id, x.recommendation_id },
                        principalTable: "recommendations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_recommendation_parts_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "recommendation_revisions",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    recommendation_id = table.Column<long>(type: "bigint", nullable: false),
                    previous_text = table.Column<string>(type: "text", nullable: false),
                    new_text = table.Column<string>(type: "text", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recommendation_revisions", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_recommendation_revisions_recommendations_tenant_id_recommen",
                        columns: x => new { x.tenant_id, x.recommendation_id },
                        principalTable: "recommendations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_recommendation_revisions_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "recommendation_translations",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    recommendation_id = table.Column<long>(type: "bigint", nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    short_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    text = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recommendation_translations", x => new { x.tenant_id, x.recommendation_id, x.language });
                    table.ForeignKey(
                        name: "fk_recommendation_translations_recommendations_tenant_id_recom",
                        columns: x => new { x.tenant_id, x.recommendation_id },
                        principalTable: "recommendations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sdg_goals",
                columns: table => new
                {
                    number = table.Column<int>(type: "integer", nullable: false),
                    names = table.Column<string>(type: "jsonb", nullable: false),
                    titles = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sdg_goals", x => x.number);
                });

            migrationBuilder.CreateTable(
                name: "tag_suggestions",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    recommendation_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tag_suggestions", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_tag_suggestions_recommendations_tenant_id_recommendation_id",
                        columns: x => new { x.tenant_id, x.recommendation_id },
                        principalTable: "recommendations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_tag_suggestions_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "themes",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    theme_group = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    names = table.Column<string>(type: "jsonb", nullable: false),
                    legacy_codes = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_themes", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "recommending_states",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    recommendation_id = table.Column<long>(type: "bigint", nullable: false),
                    country_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recommending_states", x => new { x.tenant_id, x.recommendation_id, x.country_code });
                    table.ForeignKey(
                        name: "fk_recommending_states_countries_country_code",
                        column: x => x.country_code,
                        principalTable: "countries",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_recommending_states_recommendations_tenant_id_recommendatio",
                        columns: x => new { x.tenant_id, x.recommendation_id },
                        principalTable: "recommendations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "recommendation_groups",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    recommendation_id = table.Column<long>(type: "bigint", nullable: false),
                    group_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    origin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recommendation_groups", x => new { x.tenant_id, x.recommendation_id, x.group_code });
                    table.ForeignKey(
                        name: "fk_recommendation_groups_person_groups_group_code",
                        column: x => x.group_code,
                        principalTable: "person_groups",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_recommendation_groups_recommendations_tenant_id_recommendat",
                        columns: x => new { x.tenant_id, x.recommendation_id },
                        principalTable: "recommendations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "position_changes",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    recommendation_id = table.Column<long>(type: "bigint", nullable: false),
                    part_id = table.Column<long>(type: "bigint", nullable: true),
                    position = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    source = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_position_changes", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_position_changes_recommendation_parts_tenant_id_part_id",
                        columns: x => new { x.tenant_id, x.part_id },
                        principalTable: "recommendation_parts",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_position_changes_recommendations_tenant_id_recommendation_id",
                        columns: x => new { x.tenant_id, x.recommendation_id },
                        principalTable: "recommendations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_position_changes_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "recommendation_sdg_goals",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    recommendation_id = table.Column<long>(type: "bigint", nullable: false),
                    goal = table.Column<int>(type: "integer", nullable: false),
                    origin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recommendation_sdg_goals", x => new { x.tenant_id, x.recommendation_id, x.goal });
                    table.ForeignKey(
                        name: "fk_recommendation_sdg_goals_recommendations_tenant_id_recommen",
                        columns: x => new { x.tenant_id, x.recommendation_id },
                        principalTable: "recommendations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_recommendation_sdg_goals_sdg_goals_goal",
                        column: x => x.goal,
                        principalTable: "sdg_goals",
                        principalColumn: "number",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sdg_targets",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    goal = table.Column<int>(type: "integer", nullable: false),
                    texts = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sdg_targets", x => x.code);
                    table.ForeignKey(
                        name: "fk_sdg_targets_sdg_goals_goal",
                        column: x => x.goal,
                        principalTable: "sdg_goals",
                        principalColumn: "number",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "recommendation_themes",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    recommendation_id = table.Column<long>(type: "bigint", nullable: false),
                    theme_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    origin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recommendation_themes", x => new { x.tenant_id, x.recommendation_id, x.theme_code });
                    table.ForeignKey(
                        name: "fk_recommendation_themes_recommendations_tenant_id_recommendat",
                        columns: x => new { x.tenant_id, x.recommendation_id },
                        principalTable: "recommendations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_recommendation_themes_themes_theme_code",
                        column: x => x.theme_code,
                        principalTable: "themes",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "recommendation_sdg_targets",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    recommendation_id = table.Column<long>(type: "bigint", nullable: false),
                    target_code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    origin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recommendation_sdg_targets", x => new { x.tenant_id, x.recommendation_id, x.target_code });
                    table.ForeignKey(
                        name: "fk_recommendation_sdg_targets_recommendations_tenant_id_recomm",
                        columns: x => new { x.tenant_id, x.recommendation_id },
                        principalTable: "recommendations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_recommendation_sdg_targets_sdg_targets_target_code",
                        column: x => x.target_code,
                        principalTable: "sdg_targets",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_source_documents_body_code",
                table: "source_documents",
                column: "body_code");

            migrationBuilder.CreateIndex(
                name: "ix_recommendations_tenant_id_cluster_id",
                table: "recommendations",
                columns: new[] { "tenant_id", "cluster_id" });

            migrationBuilder.CreateIndex(
                name: "ix_recommendations_tenant_id_import_batch_id",
                table: "recommendations",
                columns: new[] { "tenant_id", "import_batch_id" });

            migrationBuilder.CreateIndex(
                name: "ix_recommendations_tenant_id_merged_into_id",
                table: "recommendations",
                columns: new[] { "tenant_id", "merged_into_id" });

            migrationBuilder.CreateIndex(
                name: "ix_recommendations_text_trgm",
                table: "recommendations",
                column: "text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_tenant_id_entity_type_entity_id_at",
                table: "audit_entries",
                columns: new[] { "tenant_id", "entity_type", "entity_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_clusters_tenant_id_name",
                table: "clusters",
                columns: new[] { "tenant_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_position_changes_tenant_id_part_id",
                table: "position_changes",
                columns: new[] { "tenant_id", "part_id" });

            migrationBuilder.CreateIndex(
                name: "ix_position_changes_tenant_id_recommendation_id",
                table: "position_changes",
                columns: new[] { "tenant_id", "recommendation_id" });

            migrationBuilder.CreateIndex(
                name: "ix_recommendation_groups_group_code",
                table: "recommendation_groups",
                column: "group_code");

            migrationBuilder.CreateIndex(
                name: "ix_recommendation_groups_tenant_id_group_code",
                table: "recommendation_groups",
                columns: new[] { "tenant_id", "group_code" });

            migrationBuilder.CreateIndex(
                name: "ix_recommendation_links_tenant_id_from_id_to_id_kind",
                table: "recommendation_links",
                columns: new[] { "tenant_id", "from_id", "to_id", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_recommendation_links_tenant_id_to_id",
                table: "recommendation_links",
                columns: new[] { "tenant_id", "to_id" });

            migrationBuilder.CreateIndex(
                name: "ix_recommendation_parts_tenant_id_recommendation_id_label",
                table: "recommendation_parts",
                columns: new[] { "tenant_id", "recommendation_id", "label" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_recommendation_revisions_tenant_id_recommendation_id",
                table: "recommendation_revisions",
                columns: new[] { "tenant_id", "recommendation_id" });

            migrationBuilder.CreateIndex(
                name: "ix_recommendation_sdg_goals_goal",
                table: "recommendation_sdg_goals",
                column: "goal");

            migrationBuilder.CreateIndex(
                name: "ix_recommendation_sdg_goals_tenant_id_goal",
                table: "recommendation_sdg_goals",
                columns: new[] { "tenant_id", "goal" });

            migrationBuilder.CreateIndex(
                name: "ix_recommendation_sdg_targets_target_code",
                table: "recommendation_sdg_targets",
                column: "target_code");

            migrationBuilder.CreateIndex(
                name: "ix_recommendation_sdg_targets_tenant_id_target_code",
                table: "recommendation_sdg_targets",
                columns: new[] { "tenant_id", "target_code" });

            migrationBuilder.CreateIndex(
                name: "ix_recommendation_themes_tenant_id_theme_code",
                table: "recommendation_themes",
                columns: new[] { "tenant_id", "theme_code" });

            migrationBuilder.CreateIndex(
                name: "ix_recommendation_themes_theme_code",
                table: "recommendation_themes",
                column: "theme_code");

            migrationBuilder.CreateIndex(
                name: "ix_recommending_states_country_code",
                table: "recommending_states",
                column: "country_code");

            migrationBuilder.CreateIndex(
                name: "ix_recommending_states_tenant_id_country_code",
                table: "recommending_states",
                columns: new[] { "tenant_id", "country_code" });

            migrationBuilder.CreateIndex(
                name: "ix_sdg_targets_goal",
                table: "sdg_targets",
                column: "goal");

            migrationBuilder.CreateIndex(
                name: "ix_tag_suggestions_tenant_id_recommendation_id_kind_code",
                table: "tag_suggestions",
                columns: new[] { "tenant_id", "recommendation_id", "kind", "code" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_recommendations_clusters_tenant_id_cluster_id",
                table: "recommendations",
                columns: new[] { "tenant_id", "cluster_id" },
                principalTable: "clusters",
                principalColumns: new[] { "tenant_id", "id" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_recommendations_import_batches_tenant_id_import_batch_id",
                table: "recommendations",
                columns: new[] { "tenant_id", "import_batch_id" },
                principalTable: "import_batches",
                principalColumns: new[] { "tenant_id", "id" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_recommendations_recommendations_tenant_id_merged_into_id",
                table: "recommendations",
                columns: new[] { "tenant_id", "merged_into_id" },
                principalTable: "recommendations",
                principalColumns: new[] { "tenant_id", "id" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_source_documents_bodies_body_code",
                table: "source_documents",
                column: "body_code",
                principalTable: "bodies",
                principalColumn: "code",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.EnableTenantRowLevelSecurity("clusters");
            migrationBuilder.EnableTenantRowLevelSecurity("recommending_states");
            migrationBuilder.EnableTenantRowLevelSecurity("recommendation_themes");
            migrationBuilder.EnableTenantRowLevelSecurity("recommendation_groups");
            migrationBuilder.EnableTenantRowLevelSecurity("recommendation_sdg_goals");
            migrationBuilder.EnableTenantRowLevelSecurity("recommendation_sdg_targets");
            migrationBuilder.EnableTenantRowLevelSecurity("recommendation_translations");
            migrationBuilder.EnableTenantRowLevelSecurity("recommendation_revisions");
            migrationBuilder.EnableTenantRowLevelSecurity("position_changes");
            migrationBuilder.EnableTenantRowLevelSecurity("recommendation_parts");
            migrationBuilder.EnableTenantRowLevelSecurity("recommendation_links");
            migrationBuilder.EnableTenantRowLevelSecurity("tag_suggestions");
            migrationBuilder.EnableTenantRowLevelSecurity("audit_entries");
            migrationBuilder.EnableTenantRowLevelSecurity("import_batches");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_recommendations_clusters_tenant_id_cluster_id",
                table: "recommendations");

            migrationBuilder.DropForeignKey(
                name: "fk_recommendations_import_batches_tenant_id_import_batch_id",
                table: "recommendations");

            migrationBuilder.DropForeignKey(
                name: "fk_recommendations_recommendations_tenant_id_merged_into_id",
                table: "recommendations");

            migrationBuilder.DropForeignKey(
                name: "fk_source_documents_bodies_body_code",
                table: "source_documents");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "bodies");

            migrationBuilder.DropTable(
                name: "clusters");

            migrationBuilder.DropTable(
                name: "import_batches");

            migrationBuilder.DropTable(
                name: "position_changes");

            migrationBuilder.DropTable(
                name: "recommendation_groups");

            migrationBuilder.DropTable(
                name: "recommendation_links");

            migrationBuilder.DropTable(
                name: "recommendation_revisions");

            migrationBuilder.DropTable(
                name: "recommendation_sdg_goals");

            migrationBuilder.DropTable(
                name: "recommendation_sdg_targets");

            migrationBuilder.DropTable(
                name: "recommendation_themes");

            migrationBuilder.DropTable(
                name: "recommendation_translations");

            migrationBuilder.DropTable(
                name: "recommending_states");

            migrationBuilder.DropTable(
                name: "tag_suggestions");

            migrationBuilder.DropTable(
                name: "recommendation_parts");

            migrationBuilder.DropTable(
                name: "person_groups");

            migrationBuilder.DropTable(
                name: "sdg_targets");

            migrationBuilder.DropTable(
                name: "themes");

            migrationBuilder.DropTable(
                name: "countries");

            migrationBuilder.DropTable(
                name: "sdg_goals");

            migrationBuilder.DropIndex(
                name: "ix_source_documents_body_code",
                table: "source_documents");

            migrationBuilder.DropIndex(
                name: "ix_recommendations_tenant_id_cluster_id",
                table: "recommendations");

            migrationBuilder.DropIndex(
                name: "ix_recommendations_tenant_id_import_batch_id",
                table: "recommendations");

            migrationBuilder.DropIndex(
                name: "ix_recommendations_tenant_id_merged_into_id",
                table: "recommendations");

            migrationBuilder.DropIndex(
                name: "ix_recommendations_text_trgm",
                table: "recommendations");

            migrationBuilder.DropColumn(
                name: "mandate",
                table: "source_documents");

            migrationBuilder.DropColumn(
                name: "numbering",
                table: "source_documents");

            migrationBuilder.DropColumn(
                name: "cluster_id",
                table: "recommendations");

            migrationBuilder.DropColumn(
                name: "external_id",
                table: "recommendations");

            migrationBuilder.DropColumn(
                name: "import_batch_id",
                table: "recommendations");

            migrationBuilder.DropColumn(
                name: "keywords",
                table: "recommendations");

            migrationBuilder.DropColumn(
                name: "merged_into_id",
                table: "recommendations");

            migrationBuilder.DropColumn(
                name: "short_title",
                table: "recommendations");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AlterColumn<string>(
                name: "body_code",
                table: "source_documents",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);
        }
    }
}
