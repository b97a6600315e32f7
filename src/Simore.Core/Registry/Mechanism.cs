namespace Simore.Core.Registry;

/// <summary>The kind of international or regional mechanism that issued a recommendation.</summary>
public enum Mechanism
{
    Upr = 1,
    TreatyBody = 2,
    SpecialProcedure = 3,
    Regional = 4,
}
