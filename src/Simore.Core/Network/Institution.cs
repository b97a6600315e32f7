using Simore.Core.Auditing;
using Simore.Core.Localization;
using Simore.Core.Tenancy;

namespace Simore.Core.Network;

public enum Branch
{
    Executive = 1,
    Legislative = 2,
    Judicial = 3,

    /// <summary>An independent body: the ombudsman, the national human rights institution, an electoral tribunal.</summary>
    Independent = 4,

    Subnational = 5,
}

/// <summary>A ministry, parliament, court, independent body or sub-national government that implements recommendations.</summary>
public sealed class Institution : TenantEntity, IAudited
{
    public required string Name { get; set; }

    public Dictionary<string, string> NameTranslations { get; set; } = [];

    public string? Acronym { get; set; }

    public Branch Branch { get; set; }

    public long? ParentId { get; set; }

    public Institution? Parent { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public uint Version { get; set; }

    public string NameIn(string language) => Translated.Name(Name, NameTranslations.GetValueOrDefault(language));
}
