using Simore.Core.Importing.Uhri;
using Simore.Core.Registry;

namespace Simore.UnitTests.Importing.Uhri;

public sealed class RecommendingBodiesTests
{
    [TestCase("UPR", "UPR", Mechanism.Upr)]
    [TestCase("Universal Periodic Review", "UPR", Mechanism.Upr)]
    [TestCase("CEDAW", "CEDAW", Mechanism.TreatyBody)]
    [TestCase("Committee on the Elimination of Discrimination against Women", "CEDAW", Mechanism.TreatyBody)]
    [TestCase("Human Rights Committee", "CCPR", Mechanism.TreatyBody)]
    [TestCase("committee against torture (CAT)", "CAT", Mechanism.TreatyBody)]
    [TestCase("Subcommittee on Prevention of Torture", "SPT", Mechanism.TreatyBody)]
    [TestCase("Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families", "CMW", Mechanism.TreatyBody)]
    [TestCase("Committee on Enforced Disappearances", "CED", Mechanism.TreatyBody)]
    [TestCase("Inter-American Commission on Human Rights", "IACHR", Mechanism.Regional)]
    [TestCase("European Commission against Racism and Intolerance", "ECRI", Mechanism.Regional)]
    public void Bodies_are_known_by_acronym_and_name(string name, string code, Mechanism mechanism)
    {
        var body = RecommendingBodies.Resolve(name);

        Assert.That(body, Is.EqualTo(new RecommendingBody(code, mechanism, null)));
    }

    [TestCase("Special Rapporteur on the right to food")]
    [TestCase("Working Group on Enforced or Involuntary Disappearances")]
    [TestCase("Independent Expert on sexual orientation and gender identity")]
    public void Special_procedure_mandates_keep_their_name(string name)
    {
        Assert.That(RecommendingBodies.Resolve(name), Is.EqualTo(new RecommendingBody("SP", Mechanism.SpecialProcedure, name)));
    }

    [TestCase("CEDAW/C/SVN/CO/7", "CEDAW")]
    [TestCase("E/C.12/SVN/CO/3", "CESCR")]
    [TestCase("CAT/OP/SVN/1", "SPT")]
    [TestCase("A/HRC/59/15", null)]
    public void Treaty_body_symbols_name_their_committee(string symbol, string? code)
    {
        Assert.That(RecommendingBodies.FromSymbol(symbol)?.Code, Is.EqualTo(code));
    }

    [TestCase("16.3", "16.3")]
    [TestCase("Goal 16", "16")]
    [TestCase("16 - PEACE, JUSTICE AND STRONG INSTITUTIONS", "16")]
    [TestCase("16.3 - Ensure equal access to justice for all", "16.3")]
    [TestCase("SDG 5", "5")]
    [TestCase("16.a", "16.a")]
    [TestCase("18", null)]
    [TestCase("Peace", null)]
    public void Sdg_labels_keep_the_goal_or_target_code(string label, string? code)
    {
        Assert.That(SdgCodes.Of(label), Is.EqualTo(code));
    }
}
