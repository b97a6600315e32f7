using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Simore.Core.Data;

/// <summary>One place that says how Simore talks to PostgreSQL.</summary>
public static class SimoreDatabase
{
    public static void Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory"))
            .UseSnakeCaseNamingConvention();
    }

    /// <summary>Adds sensible defaults a connection string may leave out.</summary>
    public static string Normalize(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "simore";
        }

        return builder.ConnectionString;
    }
}
