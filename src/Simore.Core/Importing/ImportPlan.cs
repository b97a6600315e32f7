using Simore.Core.Registry;

namespace Simore.Core.Importing;

public enum ImportAction
{
    Create = 1,
    Update = 2,
    Unchanged = 3,

    /// <summary>Addressed to another State: not for this tenant, not an error.</summary>
    Skip = 4,
}

/// <summary>A record with its names and labels resolved to codes.</summary>
public sealed record ResolvedRecord(
    Position Position,
    IReadOnlyList<string> StateCodes,
    IReadOnlyList<string> ThemeCodes,
    IReadOnlyList<string> GroupCodes,
    IReadOnlyList<int> Goals,
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> Keywords);

/// <summary>What the import will do with one record, and why.</summary>
public sealed record PlannedRecord(ImportRecord Record, ImportAction Action, long? ExistingId, IReadOnlyList<string> Changes, ResolvedRecord? Resolved);

/// <summary>The preview: every record's fate; problems reject the whole file, warnings do not.</summary>
public sealed record ImportPlan(
    string Format,
    IReadOnlyList<PlannedRecord> Items,
    IReadOnlyList<ImportProblem> Problems,
    IReadOnlyList<ImportProblem> Warnings,
    IReadOnlyList<DocumentReference> NewDocuments)
{
    public bool CanCommit => Problems.Count == 0 && Items.Any(i => i.Action is ImportAction.Create or ImportAction.Update);

    public int Count(ImportAction action) => Items.Count(i => i.Action == action);

    /// <summary>Records built from more than one row of the file.</summary>
    public int Merged => Items.Count(i => i.Action != ImportAction.Skip && i.Record.SourceRows.Count > 1);

    /// <summary>Rows with at least one problem.</summary>
    public int RejectedRows => Problems.Where(p => p.Row > 0).Select(p => p.Row).Distinct().Count();
}
