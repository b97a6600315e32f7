using System.Security.Claims;
using Simore.Core.FollowUp;
using Simore.Core.Identity;
using Simore.Web.Infrastructure;

namespace Simore.Web.Features.Work;

/// <summary>Who may see or change an institution's entries.</summary>
public static class EntryAccess
{
    public static bool IsFocalPointOf(this ClaimsPrincipal user, long institutionId) => user.FocalPointInstitutions().Contains(institutionId);

    public static bool IsValidatorOf(this ClaimsPrincipal user, long institutionId) => user.ValidatorInstitutions().Contains(institutionId);

    /// <summary>Published entries are public; the others only for the institution's people and the administrators.</summary>
    public static bool CanSee(this ClaimsPrincipal user, FollowUpEntry entry) =>
        entry.Status == EntryStatus.Published
        || (user.IsInRole(Roles.Administrator) && user.HasClaim(Policies.MultiFactorClaim, Policies.MultiFactorValue))
        || user.IsFocalPointOf(entry.InstitutionId)
        || user.IsValidatorOf(entry.InstitutionId);

    /// <summary>Focal points change drafts and returned entries of their institution.</summary>
    public static bool CanEdit(this ClaimsPrincipal user, FollowUpEntry entry) =>
        entry.Status is EntryStatus.Draft or EntryStatus.Returned && user.IsFocalPointOf(entry.InstitutionId);
}
