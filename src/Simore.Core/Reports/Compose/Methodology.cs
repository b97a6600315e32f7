using Simore.Core.Reports.Model;

namespace Simore.Core.Reports.Compose;

/// <summary>
/// The methodology and consultation paragraphs: the drafter's own text when they wrote one (blank
/// lines separate paragraphs), else paragraphs built from the national mechanism's records.
/// </summary>
public static class Methodology
{
    public static IReadOnlyList<string> Paragraphs(ReportModel model, ReportText text) =>
        string.IsNullOrWhiteSpace(model.Options.Methodology)
            ? FromData(model.State.Name, model.Network, model.Options, model.Review.ReviewDate, text)
            : Split(model.Options.Methodology);

    public static IReadOnlyList<string> Split(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.TrimEntries)))
            .Where(p => p.Length > 0)
            .ToList();

    public static IReadOnlyList<string> FromData(string state, NetworkFacts network, ReportOptions options, DateOnly? lastReview, ReportText text)
    {
        var L = text.L;
        var paragraphs = new List<string>
        {
            L["The present report was prepared by the national mechanism for implementation, reporting and follow-up of {0}, on the basis of the follow-up information recorded by the institutions responsible for the recommendations.", state],
            L["The mechanism brings together {0} institutions and {1} focal points; {2} institutions have published {3} follow-up entries.", text.Number(network.Institutions), text.Number(network.FocalPoints), text.Number(network.ReportingInstitutions), text.Number(network.PublishedEntries)],
        };
        if (network.WorkingGroups.Count > 0)
        {
            paragraphs.Add(L["The focal points work in {0} thematic working groups: {1}.", text.Number(network.WorkingGroups.Count), string.Join(", ", network.WorkingGroups)]);
        }

        if (network.Meetings.Count > 0)
        {
            var from = options.From ?? lastReview ?? DateOnly.FromDateTime(network.Meetings[0].StartsAt.UtcDateTime);
            var to = options.To ?? DateOnly.FromDateTime(network.Meetings[^1].StartsAt.UtcDateTime);
            paragraphs.Add(L["Between {0} and {1}, the working groups met {2} times to review the implementation of the recommendations and to prepare this report.", text.Date(from), text.Date(to), text.Number(network.Meetings.Count)]);
            var consultations = network.Meetings.Where(m => m.OtherAttendees is not null).ToList();
            if (consultations.Count > 0)
            {
                paragraphs.Add(L["Civil society organisations and other stakeholders took part in {0} of these meetings ({1}).", text.Number(consultations.Count), string.Join("; ", consultations.Select(m => m.OtherAttendees!).Distinct(StringComparer.Ordinal))]);
            }
        }

        if (network.IndependentAssessments > 0 && network.PublicComments > 0)
        {
            paragraphs.Add(L["The follow-up information is public: civil society organisations published {0} independent assessments of the implementation and {1} comments on it.", text.Number(network.IndependentAssessments), text.Number(network.PublicComments)]);
        }
        else if (network.IndependentAssessments > 0)
        {
            paragraphs.Add(L["The follow-up information is public: civil society organisations published {0} independent assessments of the implementation.", text.Number(network.IndependentAssessments)]);
        }
        else if (network.PublicComments > 0)
        {
            paragraphs.Add(L["The follow-up information is public: civil society organisations published {0} comments on it.", text.Number(network.PublicComments)]);
        }

        return paragraphs;
    }
}
