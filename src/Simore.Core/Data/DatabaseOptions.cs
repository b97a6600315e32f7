namespace Simore.Core.Data;

/// <summary>Bound from the "Database" section and the connection strings.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The application's connection: a role that does not own the tables.</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>The owner's connection, used only to migrate. Falls back to <see cref="ConnectionString"/>.</summary>
    public string? MigrationsConnectionString { get; set; }

    /// <summary>
    /// A read replica for the anonymous public search and dashboard (ConnectionStrings:PortalReadOnly,
    /// the application role on a streaming replica); null: the primary answers them.
    /// </summary>
    public string? PortalReadOnlyConnectionString { get; set; }

    /// <summary>Apply pending migrations when the web or worker process starts. Off unless configured.</summary>
    public bool MigrateOnStartup { get; set; }
}
