using System.Data.Common;
using Simore.Core.FollowUp;
using Simore.Core.Localization;
using Simore.Core.Network;
using Simore.Core.Registry;

namespace Simore.Web.Features.Portal;

/// <summary>Reads the results of <see cref="PublicRecommendationSql"/>'s commands, one after the other.</summary>
internal sealed class PublicRecommendationResults(DbDataReader reader, CancellationToken cancellationToken)
{
    public async Task<(RecommendationDetail Detail, MergedTarget? MergedInto)?> RecommendationAsync()
    {
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var detail = new RecommendationDetail(
            reader.GetInt64(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetString(3),
            Enum.Parse<Mechanism>(reader.GetString(4)),
            reader.IsDBNull(5) ? null : reader.GetInt32(5),
            reader.GetFieldValue<string[]>(6),
            reader.GetFieldValue<string[]>(7),
            Enum.Parse<Position>(reader.GetString(8)),
            reader.IsDBNull(9) ? null : reader.GetString(9),
            reader.IsDBNull(10) ? null : Enum.Parse<ImplementationStatus>(reader.GetString(10)),
            reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11),
            reader.IsDBNull(12) ? null : reader.GetInt64(12),
            reader.IsDBNull(13) ? null : Translated.Name(reader.GetString(13), reader.IsDBNull(14) ? null : reader.GetString(14)),
            reader.GetFieldValue<string[]>(15),
            reader.GetFieldValue<string[]>(16),
            reader.GetFieldValue<int[]>(17),
            reader.GetFieldValue<string[]>(18),
            [],
            []);
        var mergedInto = reader.IsDBNull(19) ? null : new MergedTarget(reader.GetInt64(19), $"{reader.GetString(20)} {reader.GetString(21)}");
        return (detail, mergedInto);
    }

    /// <summary>Moves to the next command's result and reads it.</summary>
    public async Task<T> NextAsync<T>(Func<Task<T>> read)
    {
        if (!await reader.NextResultAsync(cancellationToken))
        {
            throw new InvalidOperationException("The batch returned fewer results than it has commands.");
        }

        return await read();
    }

    public Task<IReadOnlyList<PublicAssignment>> AssignmentsAsync() => ListAsync(() => new PublicAssignment(
        Translated.Name(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)),
        Enum.Parse<AssignmentRole>(reader.GetString(2))));

    public Task<IReadOnlyList<PublicPositionChange>> PositionHistoryAsync() => ListAsync(() => new PublicPositionChange(
        Enum.Parse<Position>(reader.GetString(0)),
        reader.IsDBNull(1) ? null : reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2)));

    public Task<IReadOnlyList<PublicEntry>> EntriesAsync() => ListAsync(() => new PublicEntry(
        reader.GetInt64(0),
        reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1),
        Translated.Name(reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)),
        Enum.Parse<MeasureKind>(reader.GetString(4)),
        Enum.Parse<ImplementationStatus>(reader.GetString(5)),
        reader.GetString(6),
        []));

    /// <summary>The evidence by entry.</summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<PublicEvidence>>> EvidenceAsync()
    {
        var rows = await ListAsync(() => (Entry: reader.GetInt64(0), Item: new PublicEvidence(
            reader.GetInt64(1),
            Enum.Parse<EvidenceKind>(reader.GetString(2)),
            reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4))));
        return rows.GroupBy(r => r.Entry).ToDictionary(g => g.Key, g => (IReadOnlyList<PublicEvidence>)[.. g.Select(r => r.Item)]);
    }

    private async Task<IReadOnlyList<T>> ListAsync<T>(Func<T> row)
    {
        var list = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(row());
        }

        return list;
    }
}
