using Simore.Core.Localization;
using Simore.Core.Tenancy;

namespace Simore.Core.Registry;

/// <summary>A State's own thematic grouping of its recommendations (Paraguay's seven groups, Kenya's four).</summary>
public sealed class Cluster : TenantEntity, Auditing.IAudited
{
    public required string Name { get; set; }

    /// <summary>The name in other languages: {"fr": "…"}.</summary>
    public Dictionary<string, string> NameTranslations { get; set; } = [];

    public string? Description { get; set; }

    public int SortOrder { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public uint Version { get; set; }

    public string NameIn(string language) => Translated.Name(Name, NameTranslations.GetValueOrDefault(language));
}
