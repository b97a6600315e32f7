using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Simore.Core.Data;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Simore.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class Network : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_memberships_tenant_id_user_id_role",
                table: "memberships");

            migrationBuilder.AddColumn<string>(
                name: "digest_frequency",
                table: "users",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Weekly");

            migrationBuilder.AddColumn<bool>(
                name: "optional_reminders_off",
                table: "users",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "recommendations",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status_override_reason",
                table: "recommendations",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "status_updated_at",
                table: "recommendations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ended_at",
                table: "memberships",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "institution_id",
                table: "memberships",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "invited_by",
                table: "memberships",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_main",
                table: "memberships",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "email_messages",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    dedup_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    to = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_email_messages", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_email_messages_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "indicators",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    recommendation_id = table.Column<long>(type: "bigint", nullable: true),
                    cluster_id = table.Column<long>(type: "bigint", nullable: true),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    unit = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    baseline = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    baseline_year = table.Column<int>(type: "integer", nullable: true),
                    target = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    target_year = table.Column<int>(type: "integer", nullable: true),
                    frequency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    sdg_indicator = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicators", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_indicators_clusters_tenant_id_cluster_id",
                        columns: x => new { x.tenant_id, x.cluster_id },
                        principalTable: "clusters",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_indicators_recommendations_tenant_id_recommendation_id",
                        columns: x => new { x.tenant_id, x.recommendation_id },
                        principalTable: "recommendations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_indicators_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "institutions",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_translations = table.Column<string>(type: "jsonb", nullable: false),
                    acronym = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    branch = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    parent_id = table.Column<long>(type: "bigint", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_institutions", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_institutions_institutions_tenant_id_parent_id",
                        columns: x => new { x.tenant_id, x.parent_id },
                        principalTable: "institutions",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_institutions_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "working_groups",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_working_groups", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_working_groups_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assignments",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    recommendation_id = table.Column<long>(type: "bigint", nullable: false),
                    institution_id = table.Column<long>(type: "bigint", nullable: false),
                    role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    priority = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    assigned_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assignments", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_assignments_institutions_tenant_id_institution_id",
                        columns: x => new { x.tenant_id, x.institution_id },
                        principalTable: "institutions",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_assignments_recommendations_tenant_id_recommendation_id",
                        columns: x => new { x.tenant_id, x.recommendation_id },
                        principalTable: "recommendations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_assignments_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_entries",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    institution_id = table.Column<long>(type: "bigint", nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    translations = table.Column<string>(type: "jsonb", nullable: false),
                    published_text = table.Column<string>(type: "text", nullable: true),
                    measure_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    proposed_status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    budget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    challenges = table.Column<string>(type: "text", nullable: true),
                    technical_assistance_needs = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_up_entries", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_follow_up_entries_asp_net_users_author_id",
                        column: x => x.author_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_follow_up_entries_institutions_tenant_id_institution_id",
                        columns: x => new { x.tenant_id, x.institution_id },
                        principalTable: "institutions",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_follow_up_entries_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    working_group_id = table.Column<long>(type: "bigint", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    agenda = table.Column<string>(type: "text", nullable: true),
                    minutes = table.Column<string>(type: "text", nullable: true),
                    decisions = table.Column<string>(type: "text", nullable: true),
                    other_attendees = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_meetings_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_meetings_working_groups_tenant_id_working_group_id",
                        columns: x => new { x.tenant_id, x.working_group_id },
                        principalTable: "working_groups",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "working_group_clusters",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    working_group_id = table.Column<long>(type: "bigint", nullable: false),
                    cluster_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_working_group_clusters", x => new { x.tenant_id, x.working_group_id, x.cluster_id });
                    table.ForeignKey(
                        name: "fk_working_group_clusters_clusters_tenant_id_cluster_id",
                        columns: x => new { x.tenant_id, x.cluster_id },
                        principalTable: "clusters",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_working_group_clusters_working_groups_tenant_id_working_gro",
                        columns: x => new { x.tenant_id, x.working_group_id },
                        principalTable: "working_groups",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "working_group_institutions",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    working_group_id = table.Column<long>(type: "bigint", nullable: false),
                    institution_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_working_group_institutions", x => new { x.tenant_id, x.working_group_id, x.institution_id });
                    table.ForeignKey(
                        name: "fk_working_group_institutions_institutions_tenant_id_instituti",
                        columns: x => new { x.tenant_id, x.institution_id },
                        principalTable: "institutions",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_working_group_institutions_working_groups_tenant_id_working",
                        columns: x => new { x.tenant_id, x.working_group_id },
                        principalTable: "working_groups",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "working_group_members",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    working_group_id = table.Column<long>(type: "bigint", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_working_group_members", x => new { x.tenant_id, x.working_group_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_working_group_members_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_working_group_members_working_groups_tenant_id_working_grou",
                        columns: x => new { x.tenant_id, x.working_group_id },
                        principalTable: "working_groups",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "entry_recommendations",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    entry_id = table.Column<long>(type: "bigint", nullable: false),
                    recommendation_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entry_recommendations", x => new { x.tenant_id, x.entry_id, x.recommendation_id });
                    table.ForeignKey(
                        name: "fk_entry_recommendations_follow_up_entries_tenant_id_entry_id",
                        columns: x => new { x.tenant_id, x.entry_id },
                        principalTable: "follow_up_entries",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_entry_recommendations_recommendations_tenant_id_recommendat",
                        columns: x => new { x.tenant_id, x.recommendation_id },
                        principalTable: "recommendations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "entry_transitions",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    entry_id = table.Column<long>(type: "bigint", nullable: false),
                    from = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    to = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entry_transitions", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_entry_transitions_follow_up_entries_tenant_id_entry_id",
                        columns: x => new { x.tenant_id, x.entry_id },
                        principalTable: "follow_up_entries",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_entry_transitions_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "evidence",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    entry_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    content_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    size = table.Column<long>(type: "bigint", nullable: true),
                    storage_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    added_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evidence", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_evidence_follow_up_entries_tenant_id_entry_id",
                        columns: x => new { x.tenant_id, x.entry_id },
                        principalTable: "follow_up_entries",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_evidence_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "indicator_values",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    indicator_id = table.Column<long>(type: "bigint", nullable: false),
                    entry_id = table.Column<long>(type: "bigint", nullable: true),
                    value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    observed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_indicator_values", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_indicator_values_follow_up_entries_tenant_id_entry_id",
                        columns: x => new { x.tenant_id, x.entry_id },
                        principalTable: "follow_up_entries",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_indicator_values_indicators_tenant_id_indicator_id",
                        columns: x => new { x.tenant_id, x.indicator_id },
                        principalTable: "indicators",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_indicator_values_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "meeting_attendance",
                columns: table => new
                {
                    tenant_id = table.Column<int>(type: "integer", nullable: false),
                    meeting_id = table.Column<long>(type: "bigint", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_attendance", x => new { x.tenant_id, x.meeting_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_meeting_attendance_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_meeting_attendance_meetings_tenant_id_meeting_id",
                        columns: x => new { x.tenant_id, x.meeting_id },
                        principalTable: "meetings",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_memberships_tenant_id_institution_id",
                table: "memberships",
                columns: new[] { "tenant_id", "institution_id" });

            migrationBuilder.CreateIndex(
                name: "ix_memberships_tenant_id_user_id_role_institution_id",
                table: "memberships",
                columns: new[] { "tenant_id", "user_id", "role", "institution_id" },
                unique: true,
                filter: "ended_at IS NULL")
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_assignments_tenant_id_institution_id",
                table: "assignments",
                columns: new[] { "tenant_id", "institution_id" });

            migrationBuilder.CreateIndex(
                name: "ix_assignments_tenant_id_recommendation_id_institution_id",
                table: "assignments",
                columns: new[] { "tenant_id", "recommendation_id", "institution_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_email_messages_tenant_id_dedup_key",
                table: "email_messages",
                columns: new[] { "tenant_id", "dedup_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_email_messages_tenant_id_sent_at",
                table: "email_messages",
                columns: new[] { "tenant_id", "sent_at" });

            migrationBuilder.CreateIndex(
                name: "ix_entry_recommendations_tenant_id_recommendation_id",
                table: "entry_recommendations",
                columns: new[] { "tenant_id", "recommendation_id" });

            migrationBuilder.CreateIndex(
                name: "ix_entry_transitions_tenant_id_entry_id",
                table: "entry_transitions",
                columns: new[] { "tenant_id", "entry_id" });

            migrationBuilder.CreateIndex(
                name: "ix_evidence_tenant_id_entry_id",
                table: "evidence",
                columns: new[] { "tenant_id", "entry_id" });

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_entries_author_id",
                table: "follow_up_entries",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_entries_tenant_id_institution_id_status",
                table: "follow_up_entries",
                columns: new[] { "tenant_id", "institution_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_entries_tenant_id_status",
                table: "follow_up_entries",
                columns: new[] { "tenant_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_values_tenant_id_entry_id",
                table: "indicator_values",
                columns: new[] { "tenant_id", "entry_id" });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_values_tenant_id_indicator_id_observed_on",
                table: "indicator_values",
                columns: new[] { "tenant_id", "indicator_id", "observed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_indicators_tenant_id_cluster_id",
                table: "indicators",
                columns: new[] { "tenant_id", "cluster_id" });

            migrationBuilder.CreateIndex(
                name: "ix_indicators_tenant_id_recommendation_id",
                table: "indicators",
                columns: new[] { "tenant_id", "recommendation_id" });

            migrationBuilder.CreateIndex(
                name: "ix_institutions_tenant_id_name",
                table: "institutions",
                columns: new[] { "tenant_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_institutions_tenant_id_parent_id",
                table: "institutions",
                columns: new[] { "tenant_id", "parent_id" });

            migrationBuilder.CreateIndex(
                name: "ix_meeting_attendance_user_id",
                table: "meeting_attendance",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_tenant_id_working_group_id_starts_at",
                table: "meetings",
                columns: new[] { "tenant_id", "working_group_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_working_group_clusters_tenant_id_cluster_id",
                table: "working_group_clusters",
                columns: new[] { "tenant_id", "cluster_id" });

            migrationBuilder.CreateIndex(
                name: "ix_working_group_institutions_tenant_id_institution_id",
                table: "working_group_institutions",
                columns: new[] { "tenant_id", "institution_id" });

            migrationBuilder.CreateIndex(
                name: "ix_working_group_members_user_id",
                table: "working_group_members",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_working_groups_tenant_id_name",
                table: "working_groups",
                columns: new[] { "tenant_id", "name" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_memberships_institutions_tenant_id_institution_id",
                table: "memberships",
                columns: new[] { "tenant_id", "institution_id" },
                principalTable: "institutions",
                principalColumns: new[] { "tenant_id", "id" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.EnableTenantRowLevelSecurity("institutions");
            migrationBuilder.EnableTenantRowLevelSecurity("working_groups");
            migrationBuilder.EnableTenantRowLevelSecurity("working_group_institutions");
            migrationBuilder.EnableTenantRowLevelSecurity("working_group_members");
            migrationBuilder.EnableTenantRowLevelSecurity("working_group_clusters");
            migrationBuilder.EnableTenantRowLevelSecurity("meetings");
            migrationBuilder.EnableTenantRowLevelSecurity("meeting_attendance");
            migrationBuilder.EnableTenantRowLevelSecurity("assignments");
            migrationBuilder.EnableTenantRowLevelSecurity("follow_up_entries");
            migrationBuilder.EnableTenantRowLevelSecurity("entry_recommendations");
            migrationBuilder.EnableTenantRowLevelSecurity("entry_transitions");
            migrationBuilder.EnableTenantRowLevelSecurity("evidence");
            migrationBuilder.EnableTenantRowLevelSecurity("indicators");
            migrationBuilder.EnableTenantRowLevelSecurity("indicator_values");
            migrationBuilder.EnableTenantRowLevelSecurity("email_messages");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_memberships_institutions_tenant_id_institution_id",
                table: "memberships");

            migrationBuilder.DropTable(
                name: "assignments");

            migrationBuilder.DropTable(
                name: "email_messages");

            migrationBuilder.DropTable(
                name: "entry_recommendations");

            migrationBuilder.DropTable(
                name: "entry_transitions");

            migrationBuilder.DropTable(
                name: "evidence");

            migrationBuilder.DropTable(
                name: "indicator_values");

            migrationBuilder.DropTable(
                name: "meeting_attendance");

            migrationBuilder.DropTable(
                name: "working_group_clusters");

            migrationBuilder.DropTable(
                name: "working_group_institutions");

            migrationBuilder.DropTable(
                name: "working_group_members");

            migrationBuilder.DropTable(
                name: "follow_up_entries");

            migrationBuilder.DropTable(
                name: "indicators");

            migrationBuilder.DropTable(
                name: "meetings");

            migrationBuilder.DropTable(
                name: "institutions");

            migrationBuilder.DropTable(
                name: "working_groups");

            migrationBuilder.DropIndex(
                name: "ix_memberships_tenant_id_institution_id",
                table: "memberships");

            migrationBuilder.DropIndex(
                name: "ix_memberships_tenant_id_user_id_role_institution_id",
                table: "memberships");

            migrationBuilder.DropColumn(
                name: "digest_frequency",
                table: "users");

            migrationBuilder.DropColumn(
                name: "optional_reminders_off",
                table: "users");

            migrationBuilder.DropColumn(
                name: "status",
                table: "recommendations");

            migrationBuilder.DropColumn(
                name: "status_override_reason",
                table: "recommendations");

            migrationBuilder.DropColumn(
                name: "status_updated_at",
                table: "recommendations");

            migrationBuilder.DropColumn(
                name: "ended_at",
                table: "memberships");

            migrationBuilder.DropColumn(
                name: "institution_id",
                table: "memberships");

            migrationBuilder.DropColumn(
                name: "invited_by",
                table: "memberships");

            migrationBuilder.DropColumn(
                name: "is_main",
                table: "memberships");

            migrationBuilder.CreateIndex(
                name: "ix_memberships_tenant_id_user_id_role",
                table: "memberships",
                columns: new[] { "tenant_id", "user_id", "role" },
                unique: true);
        }
    }
}
