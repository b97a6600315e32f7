using Microsoft.EntityFrameworkCore;
using Simore.Core.Data;
using Simore.Web.Features.Shared;

namespace Simore.Web.Features.People;

public sealed record PeopleFilter
{
    /// <summary>Also show roles that ended (hand-over, removal, deactivation).</summary>
    public bool Ended { get; init; }

    public string? Role { get; init; }

    public long? Institution { get; init; }
}

public sealed record PersonRow(
    long MembershipId, Guid UserId, string DisplayName, string Email, string Role, string? Institution, bool IsMain,
    bool AccountActive, bool PasswordChosen, DateTimeOffset Since, DateTimeOffset? EndedAt);

public sealed record PeopleListModel(PeopleFilter Filter, IReadOnlyList<PersonRow> Rows, IReadOnlyList<Institutions.InstitutionOption> Institutions);

/// <summary>Every role held in the State, one row per role, by person.</summary>
public sealed class PeopleListQuery(SimoreDbContext db)
{
    public async Task<PeopleListModel> LoadAsync(PeopleFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Memberships.AsNoTracking();
        if (!filter.Ended)
        {
            query = query.Where(m => m.EndedAt == null);
        }

        if (!string.IsNullOrEmpty(filter.Role))
        {
            query = query.Where(m => m.Role == filter.Role);
        }

        if (filter.Institution is { } institution)
        {
            query = query.Where(m => m.InstitutionId == institution);
        }

        var rows = await query
            .OrderBy(m => m.User!.DisplayName).ThenBy(m => m.Role).ThenByDescending(m => m.CreatedAt)
            .Select(m => new
            {
                m.Id, m.UserId, m.User!.DisplayName, m.User.Email, m.Role, m.Institution, m.IsMain,
                m.User.IsActive, PasswordChosen = m.User.PasswordHash != null, m.CreatedAt, m.EndedAt,
            })
            .ToListAsync(cancellationToken);
        return new PeopleListModel(
            filter,
            rows.Select(r => new PersonRow(r.Id, r.UserId, r.DisplayName, r.Email ?? string.Empty, r.Role, r.Institution?.NameIn(Names.Language),
                r.IsMain, r.IsActive, r.PasswordChosen, r.CreatedAt, r.EndedAt)).ToList(),
            await Institutions.InstitutionOption.ListAsync(db, cancellationToken));
    }
}
