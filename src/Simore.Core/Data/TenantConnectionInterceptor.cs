using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Simore.Core.Tenancy;

namespace Simore.Core.Data;

/// <summary>
/// Sets <c>simore.tenant_id</c> on every connection the context opens, which the row-level security
/// policies read. It is set on each open, to the current tenant or to nothing, so a pooled
/// connection never carries the previous user's tenant.
/// </summary>
public sealed class TenantConnectionInterceptor(ITenantContext tenantContext) : DbConnectionInterceptor
{
    public const string SettingName = "simore.tenant_id";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = CreateCommand(connection, tenantContext.TenantId);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand(connection, tenantContext.TenantId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static DbCommand CreateCommand(DbConnection connection, int? tenantId)
    {
        var command = connection.CreateCommand();
        command.CommandText = $"SELECT set_config('{SettingName}', @tenant, false)";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "tenant";
        parameter.Value = tenantId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        command.Parameters.Add(parameter);
        return command;
    }
}
