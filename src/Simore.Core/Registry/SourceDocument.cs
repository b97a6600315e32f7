using Simore.Core.Tenancy;

namespace Simore.Core.Registry;

/// <summary>A UN or regional document that carries recommendations, e.g. A/HRC/59/15.</summary>
public sealed class SourceDocument : TenantEntity, Auditing.IAudited
{
    /// <summary>The document symbol, e.g. "A/HRC/59/15" or "CEDAW/C/SVN/CO/7".</summary>
    public required string Symbol { get; set; }

    public string? Title { get; set; }

    public Mechanism Mechanism { get; set; }

    /// <summary>The issuing body's code: UPR, CEDAW, CRC, SP (special procedures), IACHR…</summary>
    public required string BodyCode { get; set; }

    /// <summary>The special-procedure mandate, e.g. "Special Rapporteur on trafficking in persons".</summary>
    public string? Mandate { get; set; }

    /// <summary>UPR cycle (1–4), when the document belongs to the UPR.</summary>
    public int? Cycle { get; set; }

    /// <summary>UPR Working Group session, e.g. 48.</summary>
    public int? Session { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public NumberingStyle Numbering { get; set; } = NumberingStyle.Dotted;

    /// <summary>The language the document was issued in (UN reports: usually English); it decides how its text is searched.</summary>
    public string Language { get; set; } = "en";

    public uint Version { get; set; }

    public List<Recommendation> Recommendations { get; set; } = [];
}
