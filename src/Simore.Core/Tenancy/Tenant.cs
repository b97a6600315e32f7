namespace Simore.Core.Tenancy;

/// <summary>A State served by this deployment. Not tenant-owned: it is the tenant.</summary>
public sealed class Tenant
{
    public int Id { get; set; }

    /// <summary>URL segment, lowercase ISO 3166-1 alpha-3 by convention (svn, pry, wsm).</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }

    /// <summary>ISO 3166-1 alpha-3 code of the State, used in UN document symbols.</summary>
    public required string CountryCode { get; set; }

    public required string DefaultLanguage { get; set; }

    public List<string> EnabledLanguages { get; set; } = [];

    /// <summary>Optional host name served as this tenant without the path prefix.</summary>
    public string? HostName { get; set; }

    /// <summary>Date of the State's latest UPR review (adoption by the Working Group).</summary>
    public DateOnly? LastReviewDate { get; set; }

    public DateOnly? NextReviewDate { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public uint Version { get; set; }

    /// <summary>The voluntary mid-term report is due about two and a half years after the review.</summary>
    public DateOnly? MidTermDate => LastReviewDate?.AddMonths(30);
}
