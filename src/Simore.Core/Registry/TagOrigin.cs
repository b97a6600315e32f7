namespace Simore.Core.Registry;

/// <summary>Where a classification came from, so imports never undo the administrator's own choices.</summary>
public enum TagOrigin
{
    Imported = 1,
    Manual = 2,
    Suggested = 3,
}
