using Npgsql;
using Simore.Testing;

namespace Simore.IntegrationTests.Reliability;

/// <summary>
/// A small deployment for one test: a database of its own (migrated), a scratch folder, and the
/// settings every process of it gets. Removed afterwards, processes first.
/// </summary>
public sealed class Deployment : IAsyncDisposable
{
    private readonly List<AppProcess> _processes = [];

    private Deployment(TestDatabase database, string scratch)
    {
        Database = database;
        Scratch = scratch;
    }

    public TestDatabase Database { get; }

    public string Scratch { get; }

    /// <summary>What every web, worker and command-line process of this deployment is configured with.</summary>
    public Dictionary<string, string> Settings(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Simore"] = Database.AppConnectionString,
            ["ConnectionStrings__Migrations"] = Database.OwnerConnectionString,
            ["Jobs__PollIntervalSeconds"] = "0.2",
            ["Storage__Path"] = Path.Combine(Scratch, "files"),
            ["Email__PickupDirectory"] = Path.Combine(Scratch, "mail"),
            ["Simore__Portal__CacheSeconds"] = "0",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    public static async Task<Deployment> CreateAsync(PostgresServer? server = null)
    {
        var database = await TestDatabase.CreateAsync(server ?? TestEnvironment.Server, "simore_rel");
        var scratch = Path.Combine(Path.GetTempPath(), "simore-rel-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(scratch);
        return new Deployment(database, scratch);
    }

    public async Task<AppProcess> StartAsync(string name, string role, params (string Key, string Value)[] more)
    {
        var process = await AppProcess.StartWebAsync(name, role, Settings(more));
        _processes.Add(process);
        return process;
    }

    public Task<string> CliAsync(params string[] arguments) => AppProcess.RunCliAsync(Settings(), arguments);

    /// <summary>A connection as the superuser, which row-level security does not bind: the test's view of every tenant.</summary>
    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(Database.SuperuserConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The processes' last lines, for an assertion's message.</summary>
    public string Output => string.Join(Environment.NewLine, _processes.Select(p => $"--- {p.Name} ({(p.HasExited ? "exited" : "running")}){Environment.NewLine}{p.Output}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        await Database.DropAsync();
        Directory.Delete(Scratch, recursive: true);
    }
}
