using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Simore.Core.Tenancy;

namespace Simore.Core.Data;

/// <summary>For `dotnet ef migrations add`; it never connects.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<SimoreDbContext>
{
    public SimoreDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SimoreDbContext>();
        SimoreDatabase.Configure(builder, "Host=localhost;Database=simore_design");
        return new SimoreDbContext(builder.Options, new TenantContext(), new Auditing.SystemUser(), TimeProvider.System);
    }
}
