using System.Text.Json;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Api.Explorer;

/// <summary>
/// The GeoJSON export: an RFC 7946 FeatureCollection of the located entities matching the filter,
/// with the same Point features and properties as <c>clusterMap</c>, written page by page.
/// </summary>
internal static class GeoJsonExport
{
    public static async Task WriteAsync(IGraphStore store, EntityFilter filter, Stream body, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(body);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        await foreach (IReadOnlyList<Entity> page in ExportPages.WalkAsync(store, filter, cancellationToken).ConfigureAwait(false))
        {
            Entity[] located = [.. page.Where(e => e.Location is not null)];
            string[] ids = [.. located.Select(e => e.Id)];
            IReadOnlyList<int> degrees = await store.GetDegreesAsync(ids, cancellationToken).ConfigureAwait(false);
            IReadOnlyList<Entity?> regions = await store.GetContainingRegionsAsync(ids, cancellationToken).ConfigureAwait(false);
            for (int i = 0; i < located.Length; i++)
            {
                WritePoint(writer, located[i], degrees[i], regions[i]);
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WritePoint(Utf8JsonWriter writer, Entity entity, int degree, Entity? region)
    {
        GeoPoint point = entity.Location!.Value;
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", entity.Id);
        writer.WriteStartObject("geometry");
        writer.WriteString("type", "Point");
        writer.WriteStartArray("coordinates");
        writer.WriteNumberValue(point.Lon);
        writer.WriteNumberValue(point.Lat);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject("properties");
        writer.WriteString("id", entity.Id);
        writer.WriteString("kind", ContractNames.ToContractName(entity.Kind));
        writer.WriteStartObject("names");
        writer.WriteString("ko", entity.Names.Ko);
        writer.WriteString("en", entity.Names.En);
        writer.WriteEndObject();
        writer.WriteNumber("degree", degree);
        writer.WriteString("region", region?.Id);
        writer.WriteString("precision", ContractNames.ToContractName(point.Precision));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
