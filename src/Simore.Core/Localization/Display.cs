using Simore.Core.Registry;

namespace Simore.Core.Localization;

/// <summary>The English labels (and localization keys) of domain values.</summary>
public static class Display
{
    public static string Position(Position position) => position switch
    {
        Core.Registry.Position.Supported => "Supported",
        Core.Registry.Position.Noted => "Noted",
        Core.Registry.Position.PartiallySupported => "Partially supported",
        _ => "Pending",
    };

    public static string Mechanism(Mechanism mechanism) => mechanism switch
    {
        Core.Registry.Mechanism.Upr => "Universal Periodic Review",
        Core.Registry.Mechanism.TreatyBody => "Treaty body",
        Core.Registry.Mechanism.SpecialProcedure => "Special procedure",
        _ => "Regional mechanism",
    };

    public static string Role(string role) => role switch
    {
        Core.Identity.Roles.Administrator => "Administrator",
        Core.Identity.Roles.Validator => "Validator",
        Core.Identity.Roles.FocalPoint => "Focal point",
        Core.Identity.Roles.Drafter => "Report drafter",
        Core.Identity.Roles.CivilSociety => "Civil society",
        Core.Identity.Roles.PlatformAdministrator => "Platform administrator",
        _ => role,
    };

    public static string LinkKind(LinkKind kind) => kind switch
    {
        Core.Registry.LinkKind.PreviouslyRecommended => "previously recommended",
        Core.Registry.LinkKind.Duplicate => "duplicate",
        _ => "related",
    };

    public static string LinkStatus(LinkStatus status) => status switch
    {
        Core.Registry.LinkStatus.Proposed => "Proposed",
        Core.Registry.LinkStatus.Confirmed => "Confirmed",
        _ => "Rejected",
    };

    public static string SuggestionKind(SuggestionKind kind) => kind switch
    {
        Core.Registry.SuggestionKind.Theme => "Theme",
        Core.Registry.SuggestionKind.Group => "Group of persons",
        _ => "SDG",
    };

    public static string AuditAction(string action) => action switch
    {
        "Created" => "Created",
        "Deleted" => "Deleted",
        _ => "Updated",
    };

    public static string ImportFormat(string format) => format switch
    {
        "ohchr-docx" => "OHCHR thematic list (.docx)",
        "uhri-xlsx" => "UHRI export (.xlsx)",
        "uhri-json" => "UHRI export (.json)",
        "uprinfo-csv" => "UPR Info export (.csv)",
        "sheet" => "Other spreadsheet (.xlsx, .csv)",
        _ => "Unknown format",
    };

    public static string ImportStatus(Core.Importing.ImportStatus status) => status switch
    {
        Core.Importing.ImportStatus.Previewed => "Waiting for confirmation",
        Core.Importing.ImportStatus.Committed => "Imported",
        Core.Importing.ImportStatus.Rejected => "Rejected",
        Core.Importing.ImportStatus.NeedsMapping => "Waiting for the columns",
        _ => "Discarded",
    };

    public static string ImportAction(Core.Importing.ImportAction action) => action switch
    {
        Core.Importing.ImportAction.Create => "Create",
        Core.Importing.ImportAction.Update => "Update",
        Core.Importing.ImportAction.Unchanged => "No change",
        _ => "Other State",
    };

    public static string SheetField(Core.Importing.SheetField field) => field switch
    {
        Core.Importing.SheetField.Text => "Recommendation text",
        Core.Importing.SheetField.Paragraph => "Paragraph",
        Core.Importing.SheetField.DocumentSymbol => "Document symbol",
        Core.Importing.SheetField.Body => "Body",
        Core.Importing.SheetField.Mechanism => "Mechanism",
        Core.Importing.SheetField.Cycle => "Cycle",
        Core.Importing.SheetField.Session => "Session",
        Core.Importing.SheetField.Date => "Date",
        Core.Importing.SheetField.StateUnderReview => "State under review",
        Core.Importing.SheetField.RecommendingStates => "Recommended by",
        Core.Importing.SheetField.Position => "Position",
        Core.Importing.SheetField.PositionSource => "Source of position",
        Core.Importing.SheetField.Themes => "Themes",
        Core.Importing.SheetField.Groups => "Groups of persons",
        Core.Importing.SheetField.Sdgs => "Sustainable Development Goals",
        Core.Importing.SheetField.Keywords => "Keywords of the source",
        _ => "Identifier in the source",
    };

    public static string RelatedKind(Core.Portal.RelatedKind kind) => kind switch
    {
        Core.Portal.RelatedKind.PreviouslyRecommended => "Recommended in an earlier cycle",
        Core.Portal.RelatedKind.Related => "Same concern, another mechanism",
        _ => "Similar wording",
    };

    public static string Status(Core.FollowUp.ImplementationStatus? status) => status switch
    {
        Core.FollowUp.ImplementationStatus.NotStarted => "Not started",
        Core.FollowUp.ImplementationStatus.InProgress => "In progress",
        Core.FollowUp.ImplementationStatus.PartiallyImplemented => "Partially implemented",
        Core.FollowUp.ImplementationStatus.FullyImplemented => "Fully implemented",
        _ => "No information",
    };

    public static string EntryStatus(Core.FollowUp.EntryStatus status) => status switch
    {
        Core.FollowUp.EntryStatus.Draft => "Draft",
        Core.FollowUp.EntryStatus.Submitted => "Submitted",
        Core.FollowUp.EntryStatus.Validated => "Validated",
        Core.FollowUp.EntryStatus.Published => "Published",
        _ => "Returned",
    };

    public static string MeasureKind(Core.FollowUp.MeasureKind kind) => kind switch
    {
        Core.FollowUp.MeasureKind.Law => "Law",
        Core.FollowUp.MeasureKind.Policy => "Policy",
        Core.FollowUp.MeasureKind.Programme => "Programme",
        Core.FollowUp.MeasureKind.Institutional => "Institutional measure",
        Core.FollowUp.MeasureKind.Budget => "Budget",
        Core.FollowUp.MeasureKind.Awareness => "Awareness raising",
        _ => "Other",
    };

    public static string AssignmentRole(Core.Network.AssignmentRole role) =>
        role == Core.Network.AssignmentRole.Lead ? "Lead institution" : "Contributing institution";

    public static string Priority(Core.Network.Priority priority) => priority switch
    {
        Core.Network.Priority.High => "High",
        Core.Network.Priority.Low => "Low",
        _ => "Normal",
    };

    public static string Frequency(Core.FollowUp.Frequency frequency) => frequency switch
    {
        Core.FollowUp.Frequency.Monthly => "Monthly",
        Core.FollowUp.Frequency.Quarterly => "Quarterly",
        Core.FollowUp.Frequency.Once => "Once",
        _ => "Yearly",
    };
}
