using System.Collections.Frozen;
using System.Text;
using Simore.Core.Registry;

namespace Simore.Core.Importing.Uhri;

/// <summary>The body that made a recommendation, as UHRI and national lists write it.</summary>
public sealed record RecommendingBody(string Code, Mechanism Mechanism, string? Mandate);

/// <summary>
/// Recognises bodies by acronym or English name ("CEDAW", "Committee on the Elimination of
/// Discrimination against Women"); special-procedure mandates ("Special Rapporteur on ...") keep
/// their name as the mandate.
/// </summary>
public static class RecommendingBodies
{
    private static readonly (string Code, Mechanism Mechanism, string[] Names)[] Known =
    [
        ("UPR", Mechanism.Upr, ["Universal Periodic Review", "UPR Working Group", "Working Group on the Universal Periodic Review", "Human Rights Council - Universal Periodic Review"]),
        ("CERD", Mechanism.TreatyBody, ["Committee on the Elimination of Racial Discrimination"]),
        ("CCPR", Mechanism.TreatyBody, ["Human Rights Committee", "HRCttee", "HRCee"]),
        ("CESCR", Mechanism.TreatyBody, ["Committee on Economic, Social and Cultural Rights"]),
        ("CEDAW", Mechanism.TreatyBody, ["Committee on the Elimination of Discrimination against Women"]),
        ("CAT", Mechanism.TreatyBody, ["Committee against Torture"]),
        ("SPT", Mechanism.TreatyBody, ["Subcommittee on Prevention of Torture", "Subcommittee on Prevention of Torture and other Cruel, Inhuman or Degrading Treatment or Punishment"]),
        ("CRC", Mechanism.TreatyBody, ["Committee on the Rights of the Child"]),
        ("CMW", Mechanism.TreatyBody, ["Committee on Migrant Workers", "Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families"]),
        ("CRPD", Mechanism.TreatyBody, ["Committee on the Rights of Persons with Disabilities"]),
        ("CED", Mechanism.TreatyBody, ["Committee on Enforced Disappearances"]),
        ("SP", Mechanism.SpecialProcedure, ["Special Procedures", "Special Procedure", "Special Procedures of the Human Rights Council"]),
        ("IACHR", Mechanism.Regional, ["Inter-American Commission on Human Rights", "CIDH"]),
        ("IACtHR", Mechanism.Regional, ["Inter-American Court of Human Rights", "Corte IDH"]),
        ("ACHPR", Mechanism.Regional, ["African Commission on Human and Peoples' Rights"]),
        ("AfCHPR", Mechanism.Regional, ["African Court on Human and Peoples' Rights"]),
        ("ACERWC", Mechanism.Regional, ["African Committee of Experts on the Rights and Welfare of the Child"]),
        ("ECtHR", Mechanism.Regional, ["European Court of Human Rights"]),
        ("ECSR", Mechanism.Regional, ["European Committee of Social Rights"]),
        ("CPT", Mechanism.Regional, ["European Committee for the Prevention of Torture", "European Committee for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment"]),
        ("GREVIO", Mechanism.Regional, ["Group of Experts on Action against Violence against Women and Domestic Violence"]),
        ("ECRI", Mechanism.Regional, ["European Commission against Racism and Intolerance"]),
        ("GRETA", Mechanism.Regional, ["Group of Experts on Action against Trafficking in Human Beings"]),
    ];

    private static readonly string[] MandatePrefixes =
        ["special rapporteur", "independent expert", "working group on", "working group of experts", "special representative", "expert mechanism"];

    private static readonly FrozenDictionary<string, (string Code, Mechanism Mechanism)> ByName = Known
        .SelectMany(b => b.Names.Append(b.Code).Select(n => (Key: Normalize(n), b.Code, b.Mechanism)))
        .DistinctBy(n => n.Key)
        .ToFrozenDictionary(n => n.Key, n => (n.Code, n.Mechanism), StringComparer.Ordinal);

    public static RecommendingBody? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var key = Normalize(name);
        if (key.Length == 0)
        {
            return null;
        }

        if (ByName.TryGetValue(key, out var known))
        {
            return new RecommendingBody(known.Code, known.Mechanism, null);
        }

        // "Committee against Torture (CAT)": the name without its acronym, or the acronym.
        var open = name.IndexOf('(', StringComparison.Ordinal);
        if (open > 0 && name.TrimEnd().EndsWith(')'))
        {
            return Resolve(name[..open]) ?? Resolve(name[(open + 1)..name.LastIndexOf(')')]);
        }

        return MandatePrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal))
            ? new RecommendingBody("SP", Mechanism.SpecialProcedure, string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            : null;
    }

    /// <summary>Treaty-body documents name their committee first: "CEDAW/C/SVN/CO/7", "E/C.12/..." (CESCR), "CAT/OP/..." (SPT).</summary>
    public static RecommendingBody? FromSymbol(string? symbol)
    {
        var parts = (symbol ?? string.Empty).Trim().ToUpperInvariant().Split('/');
        return parts switch
        {
            ["E", "C.12", ..] => Resolve("CESCR"),
            ["CAT", "OP", ..] => Resolve("SPT"),
            [var first, ..] when first is not "SP" and not "UPR" && ByName.ContainsKey(Normalize(first)) => Resolve(first),
            _ => null,
        };
    }

    /// <summary>Lower case, letters and digits only, single spaces: "Committee against  Torture." and "committee against torture" meet.</summary>
    private static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var ch in name.Trim())
        {
            if (char.IsLetterOrDigit(ch))
            {
                builder.Append(char.ToLowerInvariant(ch));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        var key = builder.ToString().Trim();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
