using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Simore.Core.Auditing;
using Simore.Core.Identity;
using Simore.Core.Importing;
using Simore.Core.Registry;
using Simore.Core.Tenancy;

namespace Simore.Core.Data;

public sealed class SimoreDbContext(
    DbContextOptions<SimoreDbContext> options, ITenantContext tenantContext, ICurrentUser currentUser, TimeProvider clock)
    : IdentityDbContext<User, Role, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>Name of the query filter on every tenant-owned entity, so code can lift it alone.</summary>
    public const string TenantFilter = "Tenant";

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();

    public DbSet<Recommendation> Recommendations => Set<Recommendation>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Cluster> Clusters => Set<Cluster>();

    public DbSet<RecommendingState> RecommendingStates => Set<RecommendingState>();

    public DbSet<RecommendationTheme> RecommendationThemes => Set<RecommendationTheme>();

    public DbSet<RecommendationGroup> RecommendationGroups => Set<RecommendationGroup>();

    public DbSet<RecommendationSdgGoal> RecommendationSdgGoals => Set<RecommendationSdgGoal>();

    public DbSet<RecommendationSdgTarget> RecommendationSdgTargets => Set<RecommendationSdgTarget>();

    public DbSet<RecommendationTranslation> RecommendationTranslations => Set<RecommendationTranslation>();

    public DbSet<RecommendationRevision> RecommendationRevisions => Set<RecommendationRevision>();

    public DbSet<PositionChange> PositionChanges => Set<PositionChange>();

    public DbSet<RecommendationPart> RecommendationParts => Set<RecommendationPart>();

    public DbSet<RecommendationLink> RecommendationLinks => Set<RecommendationLink>();

    public DbSet<TagSuggestion> TagSuggestions => Set<TagSuggestion>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    public DbSet<Network.Institution> Institutions => Set<Network.Institution>();

    public DbSet<Network.WorkingGroup> WorkingGroups => Set<Network.WorkingGroup>();

    public DbSet<Network.Meeting> Meetings => Set<Network.Meeting>();

    public DbSet<Network.Assignment> Assignments => Set<Network.Assignment>();

    public DbSet<FollowUp.FollowUpEntry> FollowUpEntries => Set<FollowUp.FollowUpEntry>();

    public DbSet<FollowUp.EntryRecommendation> EntryRecommendations => Set<FollowUp.EntryRecommendation>();

    public DbSet<FollowUp.EntryTransition> EntryTransitions => Set<FollowUp.EntryTransition>();

    public DbSet<FollowUp.Evidence> Evidence => Set<FollowUp.Evidence>();

    public DbSet<FollowUp.Indicator> Indicators => Set<FollowUp.Indicator>();

    public DbSet<FollowUp.IndicatorValue> IndicatorValues => Set<FollowUp.IndicatorValue>();

    public DbSet<Notifications.EmailMessage> EmailMessages => Set<Notifications.EmailMessage>();

    public DbSet<Portal.Comment> Comments => Set<Portal.Comment>();

    public DbSet<Portal.Assessment> Assessments => Set<Portal.Assessment>();

    public DbSet<Portal.AbuseReport> AbuseReports => Set<Portal.AbuseReport>();

    public DbSet<Reports.ReportRequest> ReportRequests => Set<Reports.ReportRequest>();

    /// <summary>Read by the query filters; EF Core evaluates it per query for this context instance.</summary>
    internal int? CurrentTenantId => tenantContext.TenantId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(SimoreDbContext).Assembly);
        IdentityModel.Configure(builder);
        Registry.Reference.ReferenceConfigurations.Configure(builder);
        TenantModel.ApplyTenantFilters(builder, this);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>Guards tenant ownership, then saves the changes and their audit entries in one transaction.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        TenantModel.GuardTenantOwnership(ChangeTracker, tenantContext.TenantId);
        var pending = AuditRecorder.Capture(ChangeTracker);
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            AuditEntries.AddRange(AuditRecorder.Complete(pending, currentUser, clock.GetUtcNow()));
            TenantModel.GuardTenantOwnership(ChangeTracker, tenantContext.TenantId);
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return saved;
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }
}
