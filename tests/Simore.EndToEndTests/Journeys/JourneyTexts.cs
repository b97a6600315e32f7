using System.Text.Json;

namespace Simore.EndToEndTests.Journeys;

/// <summary>What the people of a journey write, in their own language (kept in journey-texts.json, not in code).</summary>
public sealed record JourneyTexts(string FollowUp, string EvidenceTitle, string Participant, string Organisation, string Comment)
{
    private static readonly Dictionary<string, JourneyTexts> All = JsonSerializer.Deserialize<Dictionary<string, JourneyTexts>>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Journeys", "journey-texts.json")))!;

    public static JourneyTexts In(string language) => All[language];
}
