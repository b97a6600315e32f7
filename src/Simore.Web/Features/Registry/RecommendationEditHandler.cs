using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Core.Registry;
using Simore.Core.Registry.Curation;

namespace Simore.Web.Features.Registry;

public enum EditOutcome
{
    Saved,
    NotFound,
    ReasonMissing,
    UnknownCluster,

    /// <summary>Someone else saved in between: nothing was written.</summary>
    Conflict,
}

/// <summary>Saves an edit, refusing it when the row changed since the form was opened (xmin).</summary>
public sealed class RecommendationEditHandler(SimoreDbContext db, RecommendationCuration curation, TimeProvider clock)
{
    public async Task<EditOutcome> HandleAsync(long id, RecommendationForm form, CancellationToken cancellationToken)
    {
        var r = await db.Recommendations
            .Include(x => x.Themes).Include(x => x.Groups).Include(x => x.SdgGoals).Include(x => x.SdgTargets).Include(x => x.Translations)
            .AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (r is null)
        {
            return EditOutcome.NotFound;
        }

        var textChanged = !string.Equals(r.Text, form.Text.Trim(), StringComparison.Ordinal);
        if (textChanged && string.IsNullOrWhiteSpace(form.TextChangeReason))
        {
            return EditOutcome.ReasonMissing;
        }

        if (form.ClusterId is { } clusterId && !await db.Clusters.AnyAsync(c => c.Id == clusterId, cancellationToken))
        {
            return EditOutcome.UnknownCluster;
        }

        db.Entry(r).Property(x => x.Version).OriginalValue = form.Version;
        if (textChanged)
        {
            curation.CorrectText(r, form.Text, form.TextChangeReason!);
        }

        r.ShortTitle = string.IsNullOrWhiteSpace(form.ShortTitle) ? null : form.ShortTitle.Trim();
        r.ClusterId = form.ClusterId;
        Sync(r.Themes, t => t.ThemeCode, form.ThemeCodes, code => new RecommendationTheme { ThemeCode = code, Origin = TagOrigin.Manual });
        Sync(r.Groups, g => g.GroupCode, form.GroupCodes, code => new RecommendationGroup { GroupCode = code, Origin = TagOrigin.Manual });
        Sync(r.SdgGoals, g => g.Goal.ToString(System.Globalization.CultureInfo.InvariantCulture), form.Goals.Select(g => g.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(), code => new RecommendationSdgGoal { Goal = int.Parse(code, System.Globalization.CultureInfo.InvariantCulture), Origin = TagOrigin.Manual });
        Sync(r.SdgTargets, t => t.TargetCode, form.TargetCodes(), code => new RecommendationSdgTarget { TargetCode = code, Origin = TagOrigin.Manual });
        foreach (var input in form.Translations)
        {
            var existing = r.Translations.FirstOrDefault(t => t.Language == input.Language);
            var empty = string.IsNullOrWhiteSpace(input.ShortTitle) && string.IsNullOrWhiteSpace(input.Text);
            if (existing is not null && empty)
            {
                r.Translations.Remove(existing);
            }
            else if (!empty)
            {
                existing ??= AddTranslation(r, input.Language);
                existing.ShortTitle = string.IsNullOrWhiteSpace(input.ShortTitle) ? null : input.ShortTitle.Trim();
                existing.Text = string.IsNullOrWhiteSpace(input.Text) ? null : input.Text.Trim();
            }
        }

        r.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return EditOutcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return EditOutcome.Conflict;
        }
    }

    private static RecommendationTranslation AddTranslation(Recommendation r, string language)
    {
        var translation = new RecommendationTranslation { Language = language };
        r.Translations.Add(translation);
        return translation;
    }

    /// <summary>The chosen set wins; tags kept keep their origin, new ones are the administrator's.</summary>
    private static void Sync<T>(List<T> current, Func<T, string> key, IReadOnlyCollection<string> wanted, Func<string, T> create)
    {
        current.RemoveAll(t => !wanted.Contains(key(t)));
        var have = current.Select(key).ToHashSet(StringComparer.Ordinal);
        current.AddRange(wanted.Distinct().Where(w => !have.Contains(w)).Select(create));
    }
}
