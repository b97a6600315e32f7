using Simore.Core.Tenancy;

namespace Simore.Core.Registry;

/// <summary>A row that belongs to one recommendation; changes to it are audited as changes to the recommendation.</summary>
public interface IRecommendationPart : ITenantOwned
{
    long RecommendationId { get; }
}

public sealed class RecommendingState : IRecommendationPart
{
    public int TenantId { get; set; }

    public long RecommendationId { get; set; }

    /// <summary>ISO 3166-1 alpha-3.</summary>
    public required string CountryCode { get; set; }
}

public sealed class RecommendationTheme : IRecommendationPart
{
    public int TenantId { get; set; }

    public long RecommendationId { get; set; }

    public required string ThemeCode { get; set; }

    public TagOrigin Origin { get; set; }
}

public sealed class RecommendationGroup : IRecommendationPart
{
    public int TenantId { get; set; }

    public long RecommendationId { get; set; }

    public required string GroupCode { get; set; }

    public TagOrigin Origin { get; set; }
}

public sealed class RecommendationSdgGoal : IRecommendationPart
{
    public int TenantId { get; set; }

    public long RecommendationId { get; set; }

    public int Goal { get; set; }

    public TagOrigin Origin { get; set; }
}

public sealed class RecommendationSdgTarget : IRecommendationPart
{
    public int TenantId { get; set; }

    public long RecommendationId { get; set; }

    public required string TargetCode { get; set; }

    public TagOrigin Origin { get; set; }
}

/// <summary>A short title or a translation of the text in one of the six languages (the official text stays as issued).</summary>
public sealed class RecommendationTranslation : IRecommendationPart
{
    public int TenantId { get; set; }

    public long RecommendationId { get; set; }

    public required string Language { get; set; }

    public string? ShortTitle { get; set; }

    public string? Text { get; set; }
}
