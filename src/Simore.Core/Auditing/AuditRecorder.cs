using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Simore.Core.Registry;

namespace Simore.Core.Auditing;

/// <summary>
/// Reads the change tracker before a save and turns it into audit entries after the save (when new
/// ids are known). Rows that belong to a recommendation (its themes, States, parts…) are recorded as
/// changes to that recommendation.
/// </summary>
internal static class AuditRecorder
{
    private static readonly HashSet<string> Ignored = ["Id", "TenantId", "Version", "CreatedAt", "UpdatedAt", "SortKey", "RecommendationId"];
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static List<Pending> Capture(ChangeTracker tracker)
    {
        var pending = new List<Pending>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.Entity is IAudited)
            {
                pending.Add(ForRecord(entry));
            }
            else if (entry.Entity is IRecommendationPart part)
            {
                pending.Add(ForPart(entry, part));
            }
        }

        return pending;
    }

    /// <summary>After the save: one entry per audited record, with its parts' changes folded in.</summary>
    public static IEnumerable<AuditEntry> Complete(IReadOnlyList<Pending> pending, ICurrentUser user, DateTimeOffset now)
    {
        foreach (var group in pending.GroupBy(p => (p.Type, Id: p.Id())))
        {
            var changes = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            var action = "Updated";
            foreach (var item in group)
            {
                if (item.Action != "Updated")
                {
                    action = item.Action;
                }

                foreach (var (key, value) in item.Changes)
                {
                    if (changes.TryGetValue(key, out var existing) && existing is PartChanges merged && value is PartChanges more)
                    {
                        merged.Added.AddRange(more.Added);
                        merged.Removed.AddRange(more.Removed);
                    }
                    else
                    {
                        changes[key] = value;
                    }
                }
            }

            if (changes.Count == 0 && action == "Updated")
            {
                continue;
            }

            yield return new AuditEntry
            {
                EntityType = group.Key.Type,
                EntityId = group.Key.Id,
                Action = action,
                Changes = JsonSerializer.Serialize(changes, Json),
                UserId = user.Id,
                UserName = user.Name,
                At = now,
            };
        }
    }

    private static Pending ForRecord(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Ignored.Contains(name))
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added when property.CurrentValue is not null:
                    changes[name] = new Change(null, property.CurrentValue);
                    break;
                case EntityState.Modified when property.IsModified && !Equals(Normalize(property.OriginalValue), Normalize(property.CurrentValue)):
                    changes[name] = new Change(property.OriginalValue, property.CurrentValue);
                    break;
                case EntityState.Deleted:
                    changes[name] = new Change(property.OriginalValue, null);
                    break;
            }
        }

        var action = entry.State switch { EntityState.Added => "Created", EntityState.Deleted => "Deleted", _ => "Updated" };
        return new Pending(entry.Metadata.ClrType.Name, () => ((IAudited)entry.Entity).Id, action, changes);
    }

    private static Pending ForPart(EntityEntry entry, IRecommendationPart part)
    {
        var name = entry.Metadata.ClrType.Name;
        var description = Describe(entry);
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        switch (entry.State)
        {
            case EntityState.Added:
                changes[name] = new PartChanges([description], []);
                break;
            case EntityState.Deleted:
                changes[name] = new PartChanges([], [description]);
                break;
            default:
                foreach (var property in entry.Properties.Where(p => p.IsModified && !Ignored.Contains(p.Metadata.Name)))
                {
                    changes[$"{name}[{description}].{property.Metadata.Name}"] = new Change(property.OriginalValue, property.CurrentValue);
                }

                break;
        }

        return new Pending(nameof(Recommendation), () => part.RecommendationId, "Updated", changes);
    }

    /// <summary>The identifying values of a part row: its code, label or language.</summary>
    private static string Describe(EntityEntry entry)
    {
        var values = entry.Properties
            .Where(p => !Ignored.Contains(p.Metadata.Name) && p.Metadata.Name is not ("Origin" or "RecordedAt"))
            .Select(p => p.CurrentValue ?? p.OriginalValue)
            .Where(v => v is string or int or Enum)
            .Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))
            .Take(entry.Entity is RecommendationRevision or PositionChange ? 3 : 1);
        return string.Join(" | ", values);
    }

    private static object? Normalize(object? value) =>
        value is System.Collections.IEnumerable list and not string ? JsonSerializer.Serialize(list, Json) : value;

    internal sealed record Pending(string Type, Func<long> Id, string Action, Dictionary<string, object?> Changes);

    private sealed record Change(object? Before, object? After);

    private sealed record PartChanges(List<string> Added, List<string> Removed);
}
