using System.Globalization;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Api.Explorer;

/// <summary>
/// The CSV exports: the entities matching the filter (one row each, location blank when unknown), or
/// the relations among them valid on asOf, one row per evidence item (a relation without evidence
/// gets one row with blank evidence columns).
/// </summary>
internal static class CsvExport
{
    public static readonly string[] EntityColumns = ["id", "kind", "name_ko", "name_en", "lat", "lon", "precision", "region", "degree"];

    public static readonly string[] RelationColumns = ["relation_id", "type", "from", "to", "role", "since", "until", "confidence", "source_id", "source_title", "source_url", "quote"];

    public static async Task WriteEntitiesAsync(IGraphStore store, EntityFilter filter, Stream body, CancellationToken cancellationToken)
    {
        await using var csv = new CsvWriter(body);
        await csv.WriteRecordAsync(EntityColumns).ConfigureAwait(false);
        await foreach (IReadOnlyList<Entity> page in ExportPages.WalkAsync(store, filter, cancellationToken).ConfigureAwait(false))
        {
            string[] ids = [.. page.Select(e => e.Id)];
            IReadOnlyList<int> degrees = await store.GetDegreesAsync(ids, cancellationToken).ConfigureAwait(false);
            IReadOnlyList<Entity?> regions = await store.GetContainingRegionsAsync(ids, cancellationToken).ConfigureAwait(false);
            for (int i = 0; i < page.Count; i++)
            {
                Entity entity = page[i];
                GeoPoint? point = entity.Location;
                await csv.WriteRecordAsync(
                    entity.Id,
                    ContractNames.ToContractName(entity.Kind),
                    entity.Names.Ko,
                    entity.Names.En,
                    point is { } p1 ? CsvWriter.Number(p1.Lat) : null,
                    point is { } p2 ? CsvWriter.Number(p2.Lon) : null,
                    point is { } p3 ? ContractNames.ToContractName(p3.Precision) : null,
                    regions[i]?.Id,
                    degrees[i].ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
            }

            await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task WriteRelationsAsync(IGraphStore store, EntityFilter filter, Stream body, CancellationToken cancellationToken)
    {
        IReadOnlyList<Relation> relations = await ExportRelations.AmongAsync(store, filter, cancellationToken).ConfigureAwait(false);
        string[] sourceIds = [.. relations.SelectMany(r => r.Evidence).Select(e => e.SourceId).Distinct(StringComparer.Ordinal)];
        IReadOnlyList<Source?> sources = await store.GetSourcesAsync(sourceIds, cancellationToken).ConfigureAwait(false);
        var sourceById = new Dictionary<string, Source?>(StringComparer.Ordinal);
        for (int i = 0; i < sourceIds.Length; i++)
        {
            sourceById[sourceIds[i]] = sources[i];
        }

        await using var csv = new CsvWriter(body);
        await csv.WriteRecordAsync(RelationColumns).ConfigureAwait(false);
        foreach (Relation relation in relations)
        {
            if (relation.Evidence.Count == 0)
            {
                await WriteRelationRowAsync(csv, relation, null, null).ConfigureAwait(false);
            }

            foreach (Evidence item in relation.Evidence)
            {
                await WriteRelationRowAsync(csv, relation, item, sourceById[item.SourceId]).ConfigureAwait(false);
            }
        }

        await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task WriteRelationRowAsync(CsvWriter csv, Relation relation, Evidence? item, Source? source) =>
        csv.WriteRecordAsync(
            relation.Id,
            ContractNames.ToContractName(relation.Type),
            relation.FromId,
            relation.ToId,
            relation.Role,
            CsvWriter.Date(relation.Since),
            CsvWriter.Date(relation.Until),
            CsvWriter.Number(relation.Confidence),
            item?.SourceId,
            source?.Title,
            source?.Url,
            item?.Quote);
}
