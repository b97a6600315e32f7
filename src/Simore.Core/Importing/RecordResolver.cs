using Simore.Core.Registry;
using Simore.Core.Registry.Reference;

namespace Simore.Core.Importing;

/// <summary>Turns the names and labels of one record into codes, reporting what it cannot resolve.</summary>
internal static class RecordResolver
{
    public static ResolvedRecord? Resolve(ImportRecord record, List<ImportProblem> problems, List<ImportProblem> warnings)
    {
        var ok = true;
        var position = Position.Pending;
        if (!string.IsNullOrWhiteSpace(record.Position))
        {
            if (PositionParser.Parse(record.Position) is Position parsed)
            {
                position = parsed;
            }
            else
            {
                problems.Add(new ImportProblem(record.RowNumber, "Position", "Unknown position \"{0}\".", record.Position));
                ok = false;
            }
        }

        var states = new List<string>();
        foreach (var name in record.RecommendingStates)
        {
            if (CountryDirectory.Instance.Resolve(name) is { } country)
            {
                if (!states.Contains(country.Iso3))
                {
                    states.Add(country.Iso3);
                }
            }
            else
            {
                problems.Add(new ImportProblem(record.RowNumber, "Recommending States", "The recommending State \"{0}\" is not known.", name));
                ok = false;
            }
        }

        var keywords = record.Keywords.ToList();
        var taxonomy = Taxonomy.Instance;
        var themes = new List<string>();
        foreach (var label in record.Themes)
        {
            var found = taxonomy.ResolveThemes(label);
            if (found.Count == 0)
            {
                warnings.Add(new ImportProblem(record.RowNumber, "Themes", "The theme \"{0}\" is not in the taxonomy; it is kept as a keyword.", label));
                keywords.Add(label);
            }

            themes.AddRange(found.Select(t => t.Code).Where(c => !themes.Contains(c)));
        }

        var groups = new List<string>();
        foreach (var label in record.Groups)
        {
            if (taxonomy.ResolveGroup(label) is { } group)
            {
                if (!groups.Contains(group.Code))
                {
                    groups.Add(group.Code);
                }
            }
            else
            {
                warnings.Add(new ImportProblem(record.RowNumber, "Groups of persons", "The group of persons \"{0}\" is not in the taxonomy; it is kept as a keyword.", label));
                keywords.Add(label);
            }
        }

        var goals = new List<int>();
        var targets = new List<string>();
        foreach (var label in record.Sdgs)
        {
            var (goal, target) = taxonomy.ResolveSdg(label);
            if (goal is null)
            {
                warnings.Add(new ImportProblem(record.RowNumber, "SDGs", "\"{0}\" is not an SDG goal or target; it is kept as a keyword.", label));
                keywords.Add(label);
                continue;
            }

            if (target is not null && !targets.Contains(target))
            {
                targets.Add(target);
            }
            else if (target is null && !goals.Contains(goal.Value))
            {
                goals.Add(goal.Value);
            }
        }

        return ok ? new ResolvedRecord(position, states, themes, groups, goals, targets, keywords.Distinct().ToList()) : null;
    }
}
