namespace Simore.Core.Registry;

/// <summary>
/// The State's position on a recommendation. Older vocabularies (accepted, rejected, "will be examined")
/// are mapped on import; OHCHR counts partially supported as noted, but States record it as such.
/// </summary>
public enum Position
{
    Pending = 0,
    Supported = 1,
    Noted = 2,
    PartiallySupported = 3,
}
