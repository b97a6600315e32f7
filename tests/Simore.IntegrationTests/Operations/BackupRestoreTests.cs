using System.Data;
using System.Net;
using Npgsql;
using Simore.Testing;
using static Simore.IntegrationTests.Operations.BackupScripts;

namespace Simore.IntegrationTests.Operations;

/// <summary>
/// deploy/backup.sh and deploy/restore.sh round-trip a tenant, or the whole database, with nothing
/// lost: every table compared by row count and a hash of its rows, every file by its SHA-256.
/// </summary>
public sealed class BackupRestoreTests
{
    private FilledTenant _tenant = null!;
    private string _folder = null!;

    [OneTimeSetUp]
    public async Task FillAsync() => _tenant = await FilledTenant.CreateAsync();

    [SetUp]
    public void MakeFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "simore-backup-test-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    private static string Source => Libpq(TestEnvironment.Database.SuperuserConnectionString);

    [Test]
    public async Task The_whole_database_restored_into_a_new_database_has_every_row_and_every_file()
    {
        var target = await TestDatabase.CreateAsync(TestEnvironment.Server, "simore_restored", migrate: false);
        try
        {
            // The test reads the source in the same snapshot the dump is taken from, so that work of
            // the running app (job heartbeats) between the two cannot make them differ.
            SortedDictionary<string, string> before;
            string archive;
            await using (var source = await OpenAsync(TestEnvironment.Database.SuperuserConnectionString))
            await using (var snapshot = await source.BeginTransactionAsync(IsolationLevel.RepeatableRead))
            {
                var id = await ScalarAsync(source, snapshot, "SELECT pg_export_snapshot()");
                before = await DatabaseFingerprintAsync(source, snapshot);
                archive = await SucceedAsync("backup.sh", "database", "--db", Source, "--files", SimoreWebFactory.StoragePath, "--output", _folder, "--snapshot", id);
                await snapshot.CommitAsync();
            }

            var restoredFiles = Path.Combine(_folder, "files");
            await SucceedAsync("restore.sh", "database", archive, "--db", Libpq(target.SuperuserConnectionString), "--files", restoredFiles);

            await using var restored = await OpenAsync(target.SuperuserConnectionString);
            var after = await DatabaseFingerprintAsync(restored);
            Assert.That(before.Keys, Does.Contain("public.recommendations").And.Contain("public.evidence").And.Contain("hangfire.job"));
            Assert.That(after, Is.EqualTo(before));

            var keys = await ListAsync(restored, null, "SELECT storage_key FROM evidence WHERE storage_key IS NOT NULL");
            var files = FileHashes(restoredFiles);
            Assert.That(keys, Is.Not.Empty);
            Assert.That(files.Keys, Is.SupersetOf(keys), "every file the restored rows name is there");
            var mine = FileHashes(_tenant.FilesFolder);
            Assert.That(mine, Has.Count.EqualTo(2));
            foreach (var (path, hash) in mine)
            {
                Assert.That(files[$"{_tenant.Id}/{path}"], Is.EqualTo(hash), path);
            }
        }
        finally
        {
            await target.DropAsync();
        }
    }

    [Test]
    public async Task A_tenant_restored_into_another_installation_has_every_row_account_and_file()
    {
        var target = await TestDatabase.CreateAsync(TestEnvironment.Server, "simore_moved");
        try
        {
            SortedDictionary<string, string> before;
            string accountsBefore;
            string archive;
            await using (var source = await OpenAsync(TestEnvironment.Database.SuperuserConnectionString))
            await using (var snapshot = await source.BeginTransactionAsync(IsolationLevel.RepeatableRead))
            {
                var id = await ScalarAsync(source, snapshot, "SELECT pg_export_snapshot()");
                before = await TenantFingerprintAsync(source, _tenant.Id, snapshot);
                accountsBefore = await AccountsAsync(source, _tenant.Id, snapshot);
                archive = await SucceedAsync("backup.sh", "tenant", _tenant.Slug, "--db", Source, "--files", SimoreWebFactory.StoragePath, "--output", _folder, "--snapshot", id);
                await snapshot.CommitAsync();
            }

            var restoredFiles = Path.Combine(_folder, "files");
            var restoredId = long.Parse(await SucceedAsync("restore.sh", "tenant", archive, "--db", Libpq(target.SuperuserConnectionString), "--files", restoredFiles), System.Globalization.CultureInfo.InvariantCulture);

            await using var restored = await OpenAsync(target.SuperuserConnectionString);
            Assert.That(await ScalarAsync(restored, null, $"SELECT slug FROM tenants WHERE id = {restoredId}"), Is.EqualTo(_tenant.Slug));
            Assert.That(before["evidence"], Does.StartWith("2 "));
            Assert.That(await TenantFingerprintAsync(restored, restoredId), Is.EqualTo(before));
            Assert.That(await AccountsAsync(restored, restoredId), Is.EqualTo(accountsBefore), "accounts with their passwords and second factors");
            Assert.That(await ScalarAsync(restored, null, "SELECT count(*) FROM user_roles"), Is.EqualTo("0"), "no platform role comes with a tenant");
            Assert.That(FileHashes(Path.Combine(restoredFiles, restoredId.ToString(System.Globalization.CultureInfo.InvariantCulture))), Is.EqualTo(FileHashes(_tenant.FilesFolder)));
            foreach (var table in new[] { "recommendations", "follow_up_entries", "evidence", "comments", "assessments" })
            {
                var past = await ScalarAsync(restored, null, $"SELECT (SELECT last_value FROM pg_sequences WHERE schemaname = 'public' AND sequencename = '{table}_id_seq') >= (SELECT max(id) FROM {table})");
                Assert.That(past, Is.EqualTo("True"), $"the id sequence of {table} is past the restored rows");
            }
        }
        finally
        {
            await target.DropAsync();
        }
    }

    [Test]
    public async Task A_tenant_restored_beside_others_leaves_them_untouched_and_is_not_overwritten_unless_asked()
    {
        var other = await Fixtures.NewTenantAsync();
        await Fixtures.AddRecommendationsAsync(other, "Ratify the Optional Protocol to the Convention against Torture", "Strengthen the national human rights institution");
        var archive = await SucceedAsync("backup.sh", "tenant", _tenant.Slug, "--db", Source, "--files", SimoreWebFactory.StoragePath, "--output", _folder);
        await using var database = await OpenAsync(TestEnvironment.Database.SuperuserConnectionString);
        var originalBefore = await TenantFingerprintAsync(database, _tenant.Id);
        var otherBefore = await TenantFingerprintAsync(database, other.Id);
        var copy = "c" + Guid.NewGuid().ToString("N")[..10];

        var copyId = long.Parse(await SucceedAsync("restore.sh", "tenant", archive, "--db", Source, "--files", SimoreWebFactory.StoragePath, "--slug", copy), System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(copyId, Is.Not.EqualTo(_tenant.Id).And.Not.EqualTo(other.Id));
        Assert.That(await TenantFingerprintAsync(database, copyId), Is.EqualTo(originalBefore));
        Assert.That(await TenantFingerprintAsync(database, _tenant.Id), Is.EqualTo(originalBefore), "the original is untouched");
        Assert.That(await TenantFingerprintAsync(database, other.Id), Is.EqualTo(otherBefore), "another tenant is untouched");

        // The running app serves the copy, its published follow-up and its evidence file.
        using var visitor = TestEnvironment.App.CreateBrowser();
        var page = await visitor.GetAsync($"/{copy}/recommendations/{_tenant.Ministry.Recommendations[0]}");
        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Text, Does.Contain("Legal aid offices opened in twelve districts."));
        var download = await visitor.Client.GetAsync($"/{copy}/evidence/{_tenant.EvidenceId}");
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(_tenant.EvidenceContent));

        var refused = await RunAsync("restore.sh", "tenant", archive, "--db", Source, "--files", SimoreWebFactory.StoragePath, "--slug", copy);
        Assert.That(refused.ExitCode, Is.Not.Zero);
        Assert.That(refused.Error, Does.Contain($"tenant '{copy}' exists").And.Contain("--replace"));

        await using (var change = new NpgsqlCommand($"UPDATE recommendations SET text = 'changed after the copy' WHERE tenant_id = {copyId} AND id = {_tenant.Ministry.Recommendations[2]}", database))
        {
            Assert.That(await change.ExecuteNonQueryAsync(), Is.EqualTo(1));
        }

        Assert.That(await TenantFingerprintAsync(database, copyId), Is.Not.EqualTo(originalBefore), "the fingerprint sees a change");
        var replacedId = long.Parse(await SucceedAsync("restore.sh", "tenant", archive, "--db", Source, "--files", SimoreWebFactory.StoragePath, "--slug", copy, "--replace"), System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(replacedId, Is.EqualTo(copyId));
        Assert.That(await TenantFingerprintAsync(database, copyId), Is.EqualTo(originalBefore), "the archive's rows replace the changed ones");
        Assert.That(await TenantFingerprintAsync(database, _tenant.Id), Is.EqualTo(originalBefore));
        Assert.That(await TenantFingerprintAsync(database, other.Id), Is.EqualTo(otherBefore));
        Assert.That(FileHashes(Path.Combine(SimoreWebFactory.StoragePath, copyId.ToString(System.Globalization.CultureInfo.InvariantCulture))), Is.EqualTo(FileHashes(_tenant.FilesFolder)));
    }

    [Test]
    public async Task A_damaged_archive_is_refused_before_anything_is_changed()
    {
        var archive = await SucceedAsync("backup.sh", "tenant", _tenant.Slug, "--db", Source, "--files", SimoreWebFactory.StoragePath, "--output", _folder);
        var bytes = await File.ReadAllBytesAsync(archive);
        var at = bytes.AsSpan().IndexOf("Legal aid offices"u8);
        Assert.That(at, Is.GreaterThan(0));
        bytes[at] = (byte)'l';
        await File.WriteAllBytesAsync(archive, bytes);
        var slug = "d" + Guid.NewGuid().ToString("N")[..10];

        var result = await RunAsync("restore.sh", "tenant", archive, "--db", Source, "--files", SimoreWebFactory.StoragePath, "--slug", slug);

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Error, Does.Contain("damaged"));
        await using var database = await OpenAsync(TestEnvironment.Database.SuperuserConnectionString);
        Assert.That(await ScalarAsync(database, null, $"SELECT count(*) FROM tenants WHERE slug = '{slug}'"), Is.EqualTo("0"));
    }

    [Test]
    public async Task A_role_bound_by_row_level_security_cannot_take_a_backup()
    {
        var result = await RunAsync("backup.sh", "tenant", _tenant.Slug, "--db", Libpq(TestEnvironment.Database.AppConnectionString), "--no-files", "--output", _folder);

        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Error, Does.Contain("BYPASSRLS"));
        Assert.That(Directory.EnumerateFileSystemEntries(_folder), Is.Empty);
    }

    /// <summary>The accounts the tenant's memberships name, in full (password hash, security stamp) with their second-factor keys.</summary>
    private static Task<string> AccountsAsync(NpgsqlConnection connection, long tenantId, NpgsqlTransaction? transaction = null) =>
        ScalarAsync(connection, transaction, $"""
            SELECT count(*) || ' ' || md5(string_agg(u::text || coalesce((SELECT string_agg(k::text, ',' ORDER BY k::text) FROM user_tokens k WHERE k.user_id = u.id), ''), E'\n' ORDER BY u.id))
            FROM users u WHERE u.id IN (SELECT user_id FROM memberships WHERE tenant_id = {tenantId})
            """);
}
