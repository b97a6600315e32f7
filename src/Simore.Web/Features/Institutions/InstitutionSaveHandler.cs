using Microsoft.EntityFrameworkCore;
using Npgsql;
using Simore.Core.Data;
using Simore.Core.Localization;
using Simore.Core.Network;

namespace Simore.Web.Features.Institutions;

public enum InstitutionSaveOutcome
{
    Saved,
    NotFound,
    DuplicateName,

    /// <summary>The parent does not exist, or is the institution itself or one below it.</summary>
    InvalidParent,

    /// <summary>Someone else saved in between: nothing was written.</summary>
    Conflict,
}

/// <summary>Creates and edits institutions: names unique in the State, no loops in the hierarchy.</summary>
public sealed class InstitutionSaveHandler(SimoreDbContext db, TimeProvider clock)
{
    public async Task<(InstitutionSaveOutcome Outcome, long? Id)> CreateAsync(InstitutionForm form, CancellationToken cancellationToken)
    {
        var outcome = await CheckAsync(null, form, cancellationToken);
        if (outcome != InstitutionSaveOutcome.Saved)
        {
            return (outcome, null);
        }

        var institution = new Institution { Name = form.Name.Trim(), CreatedAt = clock.GetUtcNow() };
        Apply(institution, form);
        db.Institutions.Add(institution);
        return (await SaveAsync(cancellationToken), institution.Id);
    }

    public async Task<InstitutionSaveOutcome> UpdateAsync(long id, InstitutionForm form, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (institution is null)
        {
            return InstitutionSaveOutcome.NotFound;
        }

        var outcome = await CheckAsync(id, form, cancellationToken);
        if (outcome != InstitutionSaveOutcome.Saved)
        {
            return outcome;
        }

        db.Entry(institution).Property(i => i.Version).OriginalValue = form.Version;
        Apply(institution, form);
        return await SaveAsync(cancellationToken);
    }

    /// <summary>The English message key of an outcome that is not a success.</summary>
    public static string Problem(InstitutionSaveOutcome outcome) => outcome switch
    {
        InstitutionSaveOutcome.DuplicateName => Keys.LocalizedKey("Another institution already has this name."),
        InstitutionSaveOutcome.InvalidParent => Keys.LocalizedKey("Choose a parent institution that is not this institution or one below it."),
        _ => Keys.LocalizedKey("Someone else changed this institution while you were editing it. Their version is shown; nothing of yours was saved. Check it and save again."),
    };

    private async Task<InstitutionSaveOutcome> CheckAsync(long? id, InstitutionForm form, CancellationToken cancellationToken)
    {
        // Case-insensitive: "Ministry of justice" is the same institution as "Ministry of Justice".
        var pattern = LikePattern.Exactly(form.Name.Trim());
        if (await db.Institutions.AnyAsync(i => i.Id != id && EF.Functions.ILike(i.Name, pattern, LikePattern.Escape), cancellationToken))
        {
            return InstitutionSaveOutcome.DuplicateName;
        }

        if (form.ParentId is not { } parentId)
        {
            return InstitutionSaveOutcome.Saved;
        }

        var pairs = await db.Institutions.AsNoTracking().Select(i => new { i.Id, i.ParentId }).ToListAsync(cancellationToken);
        var excluded = id is null ? [] : InstitutionTree.SelfAndDescendants(pairs.Select(p => (p.Id, p.ParentId)), id.Value);
        return pairs.Any(p => p.Id == parentId) && !excluded.Contains(parentId)
            ? InstitutionSaveOutcome.Saved
            : InstitutionSaveOutcome.InvalidParent;
    }

    private static void Apply(Institution institution, InstitutionForm form)
    {
        institution.Name = form.Name.Trim();
        institution.NameTranslations = form.NameTranslations
            .Where(p => Languages.IsSupported(p.Key) && !string.IsNullOrWhiteSpace(p.Value))
            .ToDictionary(p => p.Key, p => p.Value.Trim());
        institution.Acronym = string.IsNullOrWhiteSpace(form.Acronym) ? null : form.Acronym.Trim();
        institution.Branch = form.Branch!.Value;
        institution.ParentId = form.ParentId;
        institution.IsActive = form.IsActive;
    }

    private async Task<InstitutionSaveOutcome> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return InstitutionSaveOutcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return InstitutionSaveOutcome.Conflict;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two people created the same name at the same moment: the index decides.
            return InstitutionSaveOutcome.DuplicateName;
        }
    }
}
