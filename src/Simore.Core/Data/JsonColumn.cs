using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Simore.Core.Data;

/// <summary>Stores a small value object as a jsonb column.</summary>
internal static class JsonColumn
{
    public static ValueConverter<T, string> Converter<T>()
        where T : new() =>
        new(value => JsonSerializer.Serialize(value, (JsonSerializerOptions?)null), json => JsonSerializer.Deserialize<T>(json, (JsonSerializerOptions?)null) ?? new T());

    public static ValueComparer<T> Comparer<T>()
        where T : new() =>
        new(
            (a, b) => JsonSerializer.Serialize(a, (JsonSerializerOptions?)null) == JsonSerializer.Serialize(b, (JsonSerializerOptions?)null),
            value => JsonSerializer.Serialize(value, (JsonSerializerOptions?)null).GetHashCode(StringComparison.Ordinal),
            value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, (JsonSerializerOptions?)null), (JsonSerializerOptions?)null) ?? new T());
}
