namespace Simore.Core.Demo;

/// <summary>
/// What the demo's generated follow-up talks about, per cluster of Slovenia's fourth-cycle list:
/// the subject, a law and a plan to name. Invented for the demonstration, not Slovenia's record.
/// </summary>
internal static class DemoTopics
{
    public sealed record Topic(string Subject, string Law, string Plan);

    private static readonly Topic Fallback = new("human rights", "Human Rights Ombudsman Act", "National Action Plan on Human Rights");

    private static readonly Dictionary<string, Topic> ByCluster = new(StringComparer.Ordinal)
    {
        ["Ratification of & accession to international instruments"] = new("the ratification of international human rights instruments", "Ratification of Treaties Act", "Plan for the Ratification of International Instruments"),
        ["Constitutional & legislative framework"] = new("the alignment of legislation with international human rights standards", "Constitution", "Normative Work Programme of the Government"),
        ["Legal & institutional reform"] = new("legal and institutional reform", "Public Administration Act", "Strategy for the Development of Public Administration"),
        ["National Human Rights Institution (NHRI)"] = new("the independence and resources of the Human Rights Ombudsman", "Human Rights Ombudsman Act", "Programme of Work of the Human Rights Ombudsman"),
        ["Equality & non-discrimination"] = new("protection against discrimination", "Protection against Discrimination Act", "Action Plan for Equal Opportunities"),
        ["Racial discrimination"] = new("the prevention of racism and hate speech", "Criminal Code", "Strategy for the Prevention of Hate Speech"),
        ["Human rights & the environment"] = new("the right to a healthy environment", "Environmental Protection Act", "Resolution on the National Environmental Protection Programme"),
        ["Human rights & climate change"] = new("climate adaptation and the rights of affected communities", "Climate Change Act", "National Energy and Climate Plan"),
        ["Conditions of detention"] = new("conditions of detention", "Enforcement of Criminal Sanctions Act", "Programme for the Modernisation of Prisons"),
        ["Good governance & corruption"] = new("the prevention of corruption", "Integrity and Prevention of Corruption Act", "Programme of Government Measures for Integrity and Transparency"),
        ["Access to justice & remedy"] = new("access to justice and free legal aid", "Free Legal Aid Act", "Programme for Efficient Courts"),
        ["Freedom of opinion and expression & access to information"] = new("media freedom and the safety of journalists", "Media Act", "Strategy for the Development of the Media"),
        ["Human trafficking & contemporary forms of slavery"] = new("combating trafficking in human beings", "Criminal Code", "Action Plan for Combating Trafficking in Human Beings"),
        ["Right to social security"] = new("social security", "Social Assistance Act", "Resolution on the National Social Assistance Programme"),
        ["Human rights & poverty"] = new("the reduction of poverty", "Social Assistance Act", "Programme for Reducing Poverty and Social Exclusion"),
        ["Right to an adequate standard of living"] = new("an adequate standard of living", "Exercise of Rights to Public Funds Act", "Programme for Reducing Poverty and Social Exclusion"),
        ["Right to adequate housing"] = new("access to adequate and affordable housing", "Housing Act", "Resolution on the National Housing Programme"),
        ["Right to health"] = new("access to health care", "Health Care and Health Insurance Act", "Resolution on the National Health Care Plan"),
        ["Sexual & reproductive health and rights"] = new("sexual and reproductive health", "Health Care and Health Insurance Act", "Programme for Reproductive Health"),
        ["Right to education"] = new("inclusive education", "Organisation and Financing of Education Act", "Resolution on the National Programme of Education"),
        ["Human rights education, trainings & awareness raising"] = new("human rights education and training", "Organisation and Financing of Education Act", "Programme of Human Rights Training for Public Officials"),
        ["Discrimination against women"] = new("the elimination of discrimination against women", "Equal Opportunities for Women and Men Act", "Resolution on the National Programme for Equal Opportunities for Women and Men"),
        ["Participation of women in political & public life"] = new("the participation of women in political and public life", "Local Elections Act", "Resolution on the National Programme for Equal Opportunities for Women and Men"),
        ["Violence against women"] = new("the prevention of violence against women", "Domestic Violence Prevention Act", "Resolution on the National Programme for the Prevention of Domestic Violence"),
        ["Persons with disabilities: definition, general principles"] = new("the rights of persons with disabilities", "Equalisation of Opportunities for Persons with Disabilities Act", "Action Programme for Persons with Disabilities"),
        ["Persons with disabilities: independence, inclusion"] = new("independent living of persons with disabilities", "Personal Assistance Act", "Action Programme for Persons with Disabilities"),
        ["Persons with disabilities: protection against exploitation, violence & abuse"] = new("the protection of persons with disabilities against violence", "Equalisation of Opportunities for Persons with Disabilities Act", "Action Programme for Persons with Disabilities"),
        ["Children: definition; general principles; protection"] = new("the protection of children", "Family Code", "Programme for Children"),
        ["Rights related to name, identity & nationality"] = new("the status of the erased and access to citizenship", "Citizenship Act", "Programme on Legal Status and Residence"),
        ["National Human Rights Action Plans (or specific areas) / implementation plans"] = new("a national human rights action plan", "Government Rules of Procedure", "National Action Plan on Human Rights"),
        ["National Mechanisms for Implementation, Reporting and Follow-up (NMIRF)"] = new("the national mechanism for implementation, reporting and follow-up", "Government Rules of Procedure", "Work Programme of the Inter-Ministerial Commission on Human Rights"),
        ["Cooperation & consultation with civil society"] = new("consultation with civil society", "Non-Governmental Organisations Act", "Strategy for the Development of the Non-Governmental Sector"),
        ["Sexual & gender-based violence"] = new("the prevention of sexual and gender-based violence", "Criminal Code", "Resolution on the National Programme for the Prevention of Domestic Violence"),
        ["Advancement of women"] = new("gender equality", "Equal Opportunities for Women and Men Act", "Resolution on the National Programme for Equal Opportunities for Women and Men"),
        ["Persons with disabilities: protecting the integrity of the person"] = new("the integrity and consent of persons with disabilities", "Mental Health Act", "Action Programme for Persons with Disabilities"),
        ["Children: juvenile justice"] = new("child-friendly justice", "Protection of Children in Criminal Procedure Act", "Programme for Children"),
        ["Members of minorities"] = new("the rights of the Roma community and national minorities", "Roma Community Act", "National Programme of Measures for Roma"),
        ["Migrants"] = new("the integration of migrants", "Foreigners Act", "Strategy on Migration"),
        ["Refugees & asylum seekers"] = new("the reception of applicants for international protection", "International Protection Act", "Strategy on Migration"),
        ["Rights related to marriage & family"] = new("equality in marriage and family life", "Family Code", "Resolution on Family Policy"),
        ["Unilateral coercive measures"] = new("the human rights impact of unilateral coercive measures", "Restrictive Measures Act", "Foreign Policy Strategy"),
        ["International criminal & humanitarian law (including crimes against humanity, war crimes, genocide)"] = new("international humanitarian law", "Criminal Code", "Programme of the Commission for International Humanitarian Law"),
        ["Freedom of thought, conscience & religion"] = new("freedom of religion or belief", "Religious Freedom Act", "Programme on Religious Communities"),
    };

    public static Topic Of(string? cluster) => cluster is not null && ByCluster.TryGetValue(cluster, out var topic) ? topic : Fallback;
}
