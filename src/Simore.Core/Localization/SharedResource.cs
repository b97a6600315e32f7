namespace Simore.Core.Localization;

/// <summary>
/// Marker type for the one resource set of the interface: <c>localization/SharedResource.*.resx</c>,
/// embedded into this assembly. Keys are the English text.
/// </summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T>; it is never instantiated.
public sealed class SharedResource
#pragma warning restore CA1052
{
    private SharedResource()
    {
    }
}
