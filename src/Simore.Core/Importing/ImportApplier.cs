using Microsoft.EntityFrameworkCore;
using Simore.Core.Auditing;
using Simore.Core.Data;
using Simore.Core.Registry;

namespace Simore.Core.Importing;

/// <summary>Carries out a plan: new documents, new recommendations, updates with history. The caller owns the transaction.</summary>
internal sealed class ImportApplier(SimoreDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task ApplyAsync(ImportPlan plan, ImportBatch batch, bool clustersFromHeadings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var symbols = plan.Items.Where(i => i.Resolved is not null).Select(i => i.Record.Document.Symbol).Distinct().ToList();
        var documents = await db.SourceDocuments.Where(d => symbols.Contains(d.Symbol)).ToDictionaryAsync(d => d.Symbol, StringComparer.Ordinal, cancellationToken);
        foreach (var reference in plan.NewDocuments)
        {
            var document = new SourceDocument
            {
                Symbol = reference.Symbol,
                Title = reference.Title,
                Mechanism = reference.Mechanism,
                BodyCode = reference.BodyCode,
                Mandate = reference.Mandate,
                Cycle = reference.Cycle,
                Session = reference.Session,
                PublishedOn = reference.PublishedOn,
                Numbering = Registry.Reference.Taxonomy.Instance.BodiesByCode.TryGetValue(reference.BodyCode, out var body) ? body.Numbering : NumberingStyle.Plain,
            };
            db.SourceDocuments.Add(document);
            documents[reference.Symbol] = document;
        }

        var clusters = clustersFromHeadings ? await ClustersByNameAsync(plan, cancellationToken) : [];
        foreach (var item in plan.Items.Where(i => i.Action == ImportAction.Create))
        {
            var record = item.Record;
            var resolved = item.Resolved!;
            var recommendation = new Recommendation
            {
                Paragraph = record.Paragraph,
                SortKey = ParagraphNumber.SortKey(record.Paragraph),
                Text = record.Text,
                Position = resolved.Position,
                PositionSource = record.PositionSource,
                RecommendingStates = record.RecommendingStates.ToList(),
                SourceTheme = record.ListedUnder,
                Keywords = resolved.Keywords.ToList(),
                ExternalId = record.ExternalId,
                ImportBatchId = batch.Id,
                Cluster = record.ListedUnder is not null ? clusters.GetValueOrDefault(record.ListedUnder) : null,
                CreatedAt = now,
                UpdatedAt = now,
            };
            SetTags(recommendation, resolved);
            recommendation.PositionHistory.Add(History(resolved.Position, record.PositionSource, batch, now));
            documents[record.Document.Symbol].Recommendations.Add(recommendation);
        }

        await UpdateAsync(plan, batch, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task UpdateAsync(ImportPlan plan, ImportBatch batch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var updates = plan.Items.Where(i => i.Action == ImportAction.Update).ToDictionary(i => i.ExistingId!.Value);
        if (updates.Count == 0)
        {
            return;
        }

        var ids = updates.Keys.ToList();
        var existing = await db.Recommendations
            .Where(r => ids.Contains(r.Id))
            .Include(r => r.States).Include(r => r.Themes).Include(r => r.Groups).Include(r => r.SdgGoals).Include(r => r.SdgTargets)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        foreach (var recommendation in existing)
        {
            var item = updates[recommendation.Id];
            var resolved = item.Resolved!;
            if (!string.Equals(recommendation.Text, item.Record.Text, StringComparison.Ordinal))
            {
                recommendation.Revisions.Add(new RecommendationRevision
                {
                    PreviousText = recommendation.Text,
                    NewText = item.Record.Text,
                    Reason = $"Corrected by the import of {batch.FileName}",
                    RecordedBy = user.Name,
                    RecordedAt = now,
                });
                recommendation.Text = item.Record.Text;
            }

            if (recommendation.Position != resolved.Position || (item.Record.PositionSource is not null && recommendation.PositionSource != item.Record.PositionSource))
            {
                recommendation.Position = resolved.Position;
                recommendation.PositionSource = item.Record.PositionSource ?? recommendation.PositionSource;
                recommendation.PositionHistory.Add(History(resolved.Position, item.Record.PositionSource, batch, now));
            }

            recommendation.RecommendingStates = item.Record.RecommendingStates.ToList();
            SyncTags(recommendation, resolved);
            recommendation.UpdatedAt = now;
        }
    }

    private async Task<Dictionary<string, Cluster>> ClustersByNameAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        var clusters = await db.Clusters.ToDictionaryAsync(c => c.Name, StringComparer.Ordinal, cancellationToken);
        var order = clusters.Count == 0 ? 0 : clusters.Values.Max(c => c.SortOrder);
        foreach (var heading in plan.Items.Where(i => i.Action == ImportAction.Create).Select(i => i.Record.ListedUnder).OfType<string>().Distinct())
        {
            if (!clusters.ContainsKey(heading))
            {
                // A heading that is a UHRI theme brings its names in the six languages.
                var theme = Registry.Reference.Taxonomy.Instance.ResolveThemes(heading) is [var only] ? only : null;
                var cluster = new Cluster
                {
                    Name = heading,
                    NameTranslations = theme is null ? [] : theme.Names.Where(n => n.Key != "en").ToDictionary(n => n.Key, n => n.Value),
                    SortOrder = ++order,
                    CreatedAt = clock.GetUtcNow(),
                };
                db.Clusters.Add(cluster);
                clusters[heading] = cluster;
            }
        }

        return clusters;
    }

    private PositionChange History(Position position, string? source, ImportBatch batch, DateTimeOffset now) => new()
    {
        Position = position,
        Source = source,
        Note = $"Import of {batch.FileName}",
        RecordedBy = user.Name,
        RecordedAt = now,
    };

    private static void SetTags(Recommendation recommendation, ResolvedRecord resolved)
    {
        recommendation.States.AddRange(resolved.StateCodes.Select(c => new RecommendingState { CountryCode = c }));
        recommendation.Themes.AddRange(resolved.ThemeCodes.Select(c => new RecommendationTheme { ThemeCode = c, Origin = TagOrigin.Imported }));
        recommendation.Groups.AddRange(resolved.GroupCodes.Select(c => new RecommendationGroup { GroupCode = c, Origin = TagOrigin.Imported }));
        recommendation.SdgGoals.AddRange(resolved.Goals.Select(g => new RecommendationSdgGoal { Goal = g, Origin = TagOrigin.Imported }));
        recommendation.SdgTargets.AddRange(resolved.Targets.Select(t => new RecommendationSdgTarget { TargetCode = t, Origin = TagOrigin.Imported }));
    }

    /// <summary>The file is the authority on imported tags; tags the administrator added stay.</summary>
    private static void SyncTags(Recommendation r, ResolvedRecord resolved)
    {
        Sync(r.States, s => s.CountryCode, resolved.StateCodes, c => new RecommendingState { CountryCode = c }, _ => true);
        Sync(r.Themes, t => t.ThemeCode, resolved.ThemeCodes, c => new RecommendationTheme { ThemeCode = c, Origin = TagOrigin.Imported }, t => t.Origin == TagOrigin.Imported);
        Sync(r.Groups, t => t.GroupCode, resolved.GroupCodes, c => new RecommendationGroup { GroupCode = c, Origin = TagOrigin.Imported }, t => t.Origin == TagOrigin.Imported);
        Sync(r.SdgGoals, t => t.Goal.ToString(System.Globalization.CultureInfo.InvariantCulture), resolved.Goals.Select(g => g.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(), c => new RecommendationSdgGoal { Goal = int.Parse(c, System.Globalization.CultureInfo.InvariantCulture), Origin = TagOrigin.Imported }, t => t.Origin == TagOrigin.Imported);
        Sync(r.SdgTargets, t => t.TargetCode, resolved.Targets, c => new RecommendationSdgTarget { TargetCode = c, Origin = TagOrigin.Imported }, t => t.Origin == TagOrigin.Imported);
    }

    private static void Sync<T>(List<T> current, Func<T, string> key, IReadOnlyList<string> wanted, Func<string, T> create, Func<T, bool> fromImport)
    {
        current.RemoveAll(t => fromImport(t) && !wanted.Contains(key(t)));
        var have = current.Select(key).ToHashSet(StringComparer.Ordinal);
        current.AddRange(wanted.Where(w => !have.Contains(w)).Select(create));
    }
}
