using Simore.Core.Localization;
using Simore.Core.Network;

namespace Simore.Web.Features.Institutions;

/// <summary>The English labels (and localization keys) of the branches of the State.</summary>
public static class BranchNames
{
    public static string Label(Branch branch) => branch switch
    {
        Branch.Executive => Keys.LocalizedKey("Executive"),
        Branch.Legislative => Keys.LocalizedKey("Legislative"),
        Branch.Judicial => Keys.LocalizedKey("Judicial"),
        Branch.Independent => Keys.LocalizedKey("Independent body (ombudsman, national human rights institution)"),
        _ => Keys.LocalizedKey("Sub-national government"),
    };
}
