namespace Simore.Core.Registry.Reference;

// Global reference tables, written only by ReferenceDataSeeder from the embedded JSON. They exist
// so that tenant rows can reference them with foreign keys; the application reads names from
// Taxonomy and CountryDirectory in memory. Names are jsonb: {"en": …, "fr": …}.

public sealed class Country
{
    public required string Code { get; set; }

    public required string Iso2 { get; set; }

    public bool IsUnMember { get; set; }

    public required string Names { get; set; }
}

public sealed class Body
{
    public required string Code { get; set; }

    public Mechanism Mechanism { get; set; }

    public NumberingStyle Numbering { get; set; }

    public required string Names { get; set; }
}

public sealed class Theme
{
    public required string Code { get; set; }

    public required string ThemeGroup { get; set; }

    public required string Names { get; set; }

    public List<string> LegacyCodes { get; set; } = [];
}

public sealed class PersonGroup
{
    public required string Code { get; set; }

    public required string Names { get; set; }
}

public sealed class SdgGoal
{
    public int Number { get; set; }

    public required string Names { get; set; }

    public required string Titles { get; set; }
}

public sealed class SdgTarget
{
    public required string Code { get; set; }

    public int Goal { get; set; }

    public required string Texts { get; set; }
}
