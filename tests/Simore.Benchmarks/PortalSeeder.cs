using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Simore.Core;
using Simore.Core.Importing;
using Simore.Core.Importing.UprInfo;
using Simore.Core.Registry;
using Simore.Core.Registry.Reference;
using Simore.Core.Tenancy;

namespace Simore.Benchmarks;

/// <summary>
/// A multi-tenant dataset for the load benchmarks: N tenants × M recommendations whose texts are real
/// UPR recommendations (the UPR Info export), with States, themes, groups, SDGs, clusters,
/// institutions, assignments and published follow-up. Written with COPY, tenant by tenant.
/// </summary>
internal static class PortalSeeder
{
    private static readonly string[] Statuses = ["NotStarted", "InProgress", "PartiallyImplemented", "FullyImplemented"];
    private static readonly string[] FollowUpSentences =
    [
        "A national action plan was adopted and is being implemented with a dedicated budget.",
        "The law was amended by parliament and entered into force.",
        "Training was provided to judges, prosecutors and police officers.",
        "An awareness campaign reached schools and local communities across the country.",
        "The ombudsperson's office received additional staff and resources.",
        "Data collection disaggregated by sex, age and disability was introduced.",
        "Consultations with civil society organisations were held on the draft strategy.",
        "Shelters and free legal aid were made available to victims.",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: Simore.Benchmarks seed-portal <owner connection> <app connection> [tenants=150] [per tenant=2000] [slug file]");
            return 1;
        }

        var tenants = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 150;
        var perTenant = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2000;
        var slugFile = args.Length > 4 ? args[4] : "portal-tenants.txt";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Simore"] = args[1],
            ["ConnectionStrings:Migrations"] = args[0],
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSimoreCore(configuration).BuildServiceProvider();
        var texts = RealTexts();
        var countries = CountryDirectory.Instance.All.Where(c => c.IsUnMember).Select(c => c.Iso3).ToArray();
        var themes = Taxonomy.Instance.Themes.Select(t => t.Code).ToArray();
        var groups = Taxonomy.Instance.Groups.Select(g => g.Code).ToArray();
        var targets = Taxonomy.Instance.TargetsByCode.Keys.ToArray();
        Console.WriteLine($"{texts.Count} real recommendation texts; writing {tenants} tenants x {perTenant}");

        await using var connection = new NpgsqlConnection(args[0]);
        await connection.OpenAsync();
        var author = await UserAsync(connection);
        var ids = new Ids(await MaxIdAsync(connection));
        var slugs = new List<string>();
        var clock = Stopwatch.StartNew();
        for (var t = 0; t < tenants; t++)
        {
            Tenant tenant;
            using (var scope = services.CreateScope())
            {
                var slug = "bench" + t.ToString("D3", CultureInfo.InvariantCulture);
                (tenant, _) = await scope.ServiceProvider.GetRequiredService<TenantService>().CreateAsync(
                    new CreateTenant(slug, "State " + slug, countries[t % countries.Length], "en", ["en", "fr", "es", "ar", "ru", "zh"]));
                slugs.Add(slug);
            }

            await using (var set = new NpgsqlCommand("SELECT set_config('simore.tenant_id', @t, false)", connection))
            {
                set.Parameters.AddWithValue("t", tenant.Id.ToString(CultureInfo.InvariantCulture));
                await set.ExecuteNonQueryAsync();
            }

            var random = new Random(t);
            await WriteTenantAsync(connection, tenant.Id, perTenant, random, ids, texts, countries, themes, groups, targets, author);
            if ((t + 1) % 10 == 0)
            {
                Console.WriteLine($"  {t + 1} tenants, {clock.Elapsed.TotalSeconds:F0} s");
            }
        }

        await using (var reset = new NpgsqlCommand(
            "SELECT set_config('simore.tenant_id', '', false); " +
            "SELECT setval(pg_get_serial_sequence(t, 'id'), (SELECT max(id) FROM recommendations) + 10000000) FROM unnest(ARRAY['source_documents','recommendations','clusters','institutions','assignments','follow_up_entries']) t; ANALYZE;",
            connection))
        {
            await reset.ExecuteNonQueryAsync();
        }

        await File.WriteAllLinesAsync(slugFile, slugs);
        Console.WriteLine($"done in {clock.Elapsed.TotalSeconds:F0} s; tenant slugs in {slugFile}");
        return 0;
    }

    private sealed class Ids(long start)
    {
        private long _next = start;

        public long Next() => ++_next;
    }

    private static List<(string Text, string[] States)> RealTexts()
    {
        var path = Simore.Testing.RepositoryFiles.PathOf(["..", "shared", "data", "upr-info-export", "uprinfo_sessions10-13.csv"]);
        using var stream = File.OpenRead(path);
        return new UprInfoCsvReader().Read(stream, new ReadOptions()).Records
            .Select(r => (r.Text, r.RecommendingStates.Select(s => CountryDirectory.Instance.Resolve(s)?.Iso3).OfType<string>().ToArray()))
            .ToList();
    }

    private static async Task<long> MaxIdAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT greatest((SELECT coalesce(max(id), 0) FROM recommendations), (SELECT coalesce(max(id), 0) FROM follow_up_entries), (SELECT coalesce(max(id), 0) FROM source_documents)) + 1000", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<Guid> UserAsync(NpgsqlConnection connection)
    {
        var id = Guid.NewGuid();
        await using var command = new NpgsqlCommand("""
            INSERT INTO users (id, display_name, preferred_language, is_active, created_at, user_name, normalized_user_name, email, normalized_email,
                               email_confirmed, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count, digest_frequency, optional_reminders_off)
            VALUES (@id, 'Benchmark focal point', 'en', true, now(), @email, upper(@email), @email, upper(@email), true, false, false, true, 0, 'Never', true)
            """, connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("email", "bench-" + id.ToString("N") + "@bench.example");
        await command.ExecuteNonQueryAsync();
        return id;
    }

    private static async Task WriteTenantAsync(
        NpgsqlConnection connection, int tenant, int count, Random random, Ids ids, List<(string Text, string[] States)> texts,
        string[] countries, string[] themes, string[] groups, string[] targets, Guid author)
    {
        var now = DateTimeOffset.UtcNow;
        var documents = new List<(long Id, string Symbol, string Mechanism, string Body, int? Cycle, int? Session, DateOnly Published)>();
        for (var cycle = 1; cycle <= 4; cycle++)
        {
            documents.Add((ids.Next(), string.Create(CultureInfo.InvariantCulture, $"A/HRC/{10 + (cycle * 9)}/{tenant}"), "Upr", "UPR", cycle, cycle * 12, new DateOnly(2008 + (cycle * 4), 3, 1)));
        }

        foreach (var body in new[] { "CEDAW", "CRC", "CAT" })
        {
            documents.Add((ids.Next(), string.Create(CultureInfo.InvariantCulture, $"{body}/C/{tenant}/CO/5"), "TreatyBody", body, null, null, new DateOnly(2019 + random.Next(5), 6, 1)));
        }

        await CopyAsync(connection, "source_documents (tenant_id, id, symbol, mechanism, body_code, cycle, session, published_on, numbering, language)", documents, (w, d) =>
        {
            w.Write(tenant);
            w.Write(d.Id);
            w.Write(d.Symbol);
            w.Write(d.Mechanism);
            w.Write(d.Body);
            WriteNullable(w, d.Cycle);
            WriteNullable(w, d.Session);
            w.Write(d.Published, NpgsqlDbType.Date);
            w.Write("Dotted");
            w.Write("en");
        });

        var clusters = Enumerable.Range(1, 12).Select(i => (Id: ids.Next(), Name: "Cluster " + i.ToString(CultureInfo.InvariantCulture))).ToList();
        await CopyAsync(connection, "clusters (tenant_id, id, name, name_translations, sort_order, created_at)", clusters, (w, c) =>
        {
            w.Write(tenant);
            w.Write(c.Id);
            w.Write(c.Name);
            w.Write("{}", NpgsqlDbType.Jsonb);
            w.Write((int)(c.Id % 100));
            w.Write(now);
        });
        var institutions = Enumerable.Range(1, 15).Select(i => (Id: ids.Next(), Name: "Ministry " + i.ToString(CultureInfo.InvariantCulture))).ToList();
        await CopyAsync(connection, "institutions (tenant_id, id, name, name_translations, branch, is_active, created_at)", institutions, (w, i) =>
        {
            w.Write(tenant);
            w.Write(i.Id);
            w.Write(i.Name);
            w.Write("{}", NpgsqlDbType.Jsonb);
            w.Write("Executive");
            w.Write(true);
            w.Write(now);
        });

        var recommendations = new List<(long Id, long Document, int Paragraph, string Text, string Position, string[] States, long? Cluster, string? Status)>();
        for (var i = 0; i < count; i++)
        {
            var (text, states) = texts[random.Next(texts.Count)];
            var document = documents[random.Next(documents.Count)];
            var status = random.NextDouble() < 0.6 ? Statuses[random.Next(Statuses.Length)] : null;
            recommendations.Add((ids.Next(), document.Id, i + 1, text, random.NextDouble() < 0.8 ? "Supported" : "Noted",
                states.Length > 0 ? states : [countries[random.Next(countries.Length)]], random.NextDouble() < 0.9 ? clusters[random.Next(clusters.Count)].Id : null, status));
        }

        await CopyAsync(connection, "recommendations (tenant_id, id, document_id, paragraph, sort_key, text, position, recommending_states, created_at, updated_at, cluster_id, keywords, status, status_updated_at)", recommendations, (w, r) =>
        {
            w.Write(tenant);
            w.Write(r.Id);
            w.Write(r.Document);
            w.Write("1." + r.Paragraph.ToString(CultureInfo.InvariantCulture));
            w.Write(ParagraphNumber.SortKey("1." + r.Paragraph.ToString(CultureInfo.InvariantCulture)));
            w.Write(r.Text);
            w.Write(r.Position);
            w.Write(r.States);
            w.Write(now);
            w.Write(now);
            WriteNullable(w, r.Cluster);
            w.Write(Array.Empty<string>());
            WriteNullable(w, r.Status);
            if (r.Status is null)
            {
                w.WriteNull();
            }
            else
            {
                w.Write(now);
            }
        });

        // The tags would refresh the facet keys one row at a time; write them with triggers off and
        // build the keys of the whole tenant at once below, as the migration does.
        await ExecuteAsync(connection, "SET session_replication_role = replica", tenant);
        await CopyAsync(connection, "recommending_states (tenant_id, recommendation_id, country_code)", recommendations.SelectMany(r => r.States.Distinct().Select(s => (r.Id, s))).ToList(), (w, x) =>
        {
            w.Write(tenant);
            w.Write(x.Id);
            w.Write(x.s);
        });
        await CopyAsync(connection, "recommendation_themes (tenant_id, recommendation_id, theme_code, origin)", Pick(recommendations.Select(r => r.Id), themes, random, 1, 3), (w, x) =>
        {
            w.Write(tenant);
            w.Write(x.Id);
            w.Write(x.Code);
            w.Write("Imported");
        });
        await CopyAsync(connection, "recommendation_groups (tenant_id, recommendation_id, group_code, origin)", Pick(recommendations.Select(r => r.Id), groups, random, 0, 2), (w, x) =>
        {
            w.Write(tenant);
            w.Write(x.Id);
            w.Write(x.Code);
            w.Write("Imported");
        });
        await CopyAsync(connection, "recommendation_sdg_targets (tenant_id, recommendation_id, target_code, origin)", Pick(recommendations.Select(r => r.Id), targets, random, 0, 2), (w, x) =>
        {
            w.Write(tenant);
            w.Write(x.Id);
            w.Write(x.Code);
            w.Write("Imported");
        });

        var assignments = recommendations.Select(r => (Id: ids.Next(), Recommendation: r.Id, Institution: institutions[random.Next(institutions.Count)].Id)).ToList();
        await CopyAsync(connection, "assignments (tenant_id, id, recommendation_id, institution_id, role, priority, assigned_at, assigned_by)", assignments, (w, a) =>
        {
            w.Write(tenant);
            w.Write(a.Id);
            w.Write(a.Recommendation);
            w.Write(a.Institution);
            w.Write("Lead");
            w.Write("Normal");
            w.Write(now);
            w.Write("benchmark");
        });

        var institutionOf = assignments.ToDictionary(a => a.Recommendation, a => a.Institution);
        var entries = recommendations.Where(r => r.Status is not null)
            .Select(r => (Id: ids.Next(), Recommendation: r.Id, Institution: institutionOf[r.Id], Status: r.Status!,
                Text: FollowUpSentences[random.Next(FollowUpSentences.Length)] + " " + FollowUpSentences[random.Next(FollowUpSentences.Length)],
                PublishedAt: now.AddDays(-random.Next(900))))
            .ToList();
        await CopyAsync(connection, "follow_up_entries (tenant_id, id, institution_id, author_id, author_name, status, text, translations, measure_kind, proposed_status, created_at, updated_at, published_at)", entries, (w, e) =>
        {
            w.Write(tenant);
            w.Write(e.Id);
            w.Write(e.Institution);
            w.Write(author);
            w.Write("Benchmark focal point");
            w.Write("Published");
            w.Write(e.Text);
            w.Write("{}", NpgsqlDbType.Jsonb);
            w.Write("Programme");
            w.Write(e.Status);
            w.Write(e.PublishedAt);
            w.Write(e.PublishedAt);
            w.Write(e.PublishedAt);
        });
        await CopyAsync(connection, "entry_recommendations (tenant_id, entry_id, recommendation_id)", entries, (w, e) =>
        {
            w.Write(tenant);
            w.Write(e.Id);
            w.Write(e.Recommendation);
        });

        await ExecuteAsync(connection, "SET session_replication_role = origin", tenant);

        // The published follow-up joins the search vector, as the status rule does on publication.
        await using var followUp = new NpgsqlCommand(
            "UPDATE recommendations r SET follow_up_text = e.text FROM entry_recommendations er JOIN follow_up_entries e ON e.tenant_id = er.tenant_id AND e.id = er.entry_id " +
            "WHERE er.tenant_id = @t AND r.tenant_id = @t AND r.id = er.recommendation_id", connection);
        followUp.Parameters.AddWithValue("t", tenant);
        await followUp.ExecuteNonQueryAsync();
        await ExecuteAsync(connection, "SELECT simore_refresh_recommendation_facets(@t, ARRAY(SELECT id FROM recommendations WHERE tenant_id = @t))", tenant);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, int tenant)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (sql.Contains("@t", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("t", tenant);
        }

        await command.ExecuteNonQueryAsync();
    }

    private static List<(long Id, string Code)> Pick(IEnumerable<long> recommendations, string[] codes, Random random, int min, int max) =>
        recommendations.SelectMany(id => Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => codes[random.Next(codes.Length)]).Distinct().Select(code => (id, code))).ToList();

    private static void WriteNullable(NpgsqlBinaryImporter writer, int? value)
    {
        if (value is int number)
        {
            writer.Write(number);
        }
        else
        {
            writer.WriteNull();
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter writer, long? value)
    {
        if (value is long number)
        {
            writer.Write(number);
        }
        else
        {
            writer.WriteNull();
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value);
        }
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string target, IReadOnlyList<T> rows, Action<NpgsqlBinaryImporter, T> write)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await writer.StartRowAsync();
            write(writer, row);
        }

        await writer.CompleteAsync();
    }
}
