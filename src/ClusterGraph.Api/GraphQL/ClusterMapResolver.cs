using System.Buffers.Text;
using System.Text.Json;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.GraphQL.Execution;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.Api.GraphQL;

/// <summary>
/// <c>clusterMap</c>: an RFC 7946 FeatureCollection of located entities (Point features, [lon, lat])
/// and, on request, the relations among them (LineString features). Built with a fixed number of
/// store calls whatever the number of points: one page walk, one degree batch, one region batch,
/// one relations-among call.
/// </summary>
internal static class ClusterMapResolver
{
    /// <summary>The contract's bound on points.</summary>
    public const int MaxPoints = 10_000;

    public static void Bind(Binder binder) => binder.Field("Query.clusterMap", static context => BuildAsync(context));

    private static async Task<object?> BuildAsync(FieldContext context)
    {
        IGraphStore store = Loaders.Store(context);
        int limit = Args.Bounded(context, "limit", 2000, 1, MaxPoints);
        var filterInput = context.Arguments.GetValueOrDefault("filter") as IReadOnlyDictionary<string, object?>;
        EntityFilter filter = Args.Filter(filterInput);
        bool includeRelations = filterInput?.GetValueOrDefault("includeRelations") is true;

        (List<Entity> located, bool truncated) = await CollectLocatedAsync(store, filter, limit, context.CancellationToken).ConfigureAwait(false);
        string[] ids = [.. located.Select(e => e.Id)];
        IReadOnlyList<int> degrees = await store.GetDegreesAsync(ids, context.CancellationToken).ConfigureAwait(false);
        IReadOnlyList<Entity?> regions = await store.GetContainingRegionsAsync(ids, context.CancellationToken).ConfigureAwait(false);

        IReadOnlyList<Relation> relations = includeRelations && ids.Length > 0
            ? await store.GetRelationsAmongAsync(ids, filter.AsOf, context.CancellationToken).ConfigureAwait(false)
            : [];

        // Written straight to UTF-8 JSON: the map is the largest answer of the API, and a tree of JSON
        // nodes would be built only to be walked once by the response writer.
        var map = new MapFeatures(located, degrees, regions, relations, truncated);
        return RawJsonValue.Build(map, static (writer, map) => map.Write(writer), initialCapacity: 256 + (located.Count * 320) + (relations.Count * 300));
    }

    /// <summary>Walks the filtered list until <paramref name="limit"/> located entities are held; truncated when more located ones remain.</summary>
    private static async Task<(List<Entity> Located, bool Truncated)> CollectLocatedAsync(IGraphStore store, EntityFilter filter, int limit, CancellationToken cancellationToken)
    {
        var located = new List<Entity>(Math.Min(limit, 1024));
        string? after = null;
        while (true)
        {
            Page<Entity> page = await store.ListEntitiesAsync(filter, [], new PageRequest(First: 1000, After: after), cancellationToken).ConfigureAwait(false);
            foreach (PageEdge<Entity> edge in page.Edges)
            {
                if (edge.Node.Location is null)
                {
                    continue;
                }

                if (located.Count == limit)
                {
                    return (located, true);
                }

                located.Add(edge.Node);
            }

            if (!page.HasNextPage || page.EndCursor is null)
            {
                return (located, false);
            }

            after = page.EndCursor;
        }
    }

    private sealed record MapFeatures(
        List<Entity> Located, IReadOnlyList<int> Degrees, IReadOnlyList<Entity?> Regions, IReadOnlyList<Relation> Relations, bool Truncated)
    {
        // "[lon,lat]" of one point at most: two shortest round-trip doubles and three punctuation bytes.
        private const int MaxPositionBytes = 64;

        public void Write(Utf8JsonWriter writer)
        {
            // Each point's [lon, lat] is formatted once: line features repeat their ends' positions, and
            // formatting doubles is the most expensive part of writing the map.
            byte[] positions = GC.AllocateUninitializedArray<byte>(Located.Count * MaxPositionBytes);
            var positionLengths = new int[Located.Count];
            for (int i = 0; i < Located.Count; i++)
            {
                positionLengths[i] = FormatPosition(Located[i].Location!.Value, positions.AsSpan(i * MaxPositionBytes, MaxPositionBytes));
            }

            writer.WriteStartObject();
            writer.WriteString("type"u8, "FeatureCollection"u8);
            writer.WriteStartArray("features"u8);
            for (int i = 0; i < Located.Count; i++)
            {
                WritePoint(writer, Located[i], Degrees[i], Regions[i], positions.AsSpan(i * MaxPositionBytes, positionLengths[i]));
            }

            if (Relations.Count > 0)
            {
                var indexes = new Dictionary<string, int>(Located.Count, StringComparer.Ordinal);
                for (int i = 0; i < Located.Count; i++)
                {
                    indexes[Located[i].Id] = i;
                }

                foreach (Relation relation in Relations)
                {
                    int from = indexes[relation.FromId];
                    int to = indexes[relation.ToId];
                    WriteLine(writer, relation, positions.AsSpan(from * MaxPositionBytes, positionLengths[from]), positions.AsSpan(to * MaxPositionBytes, positionLengths[to]));
                }
            }

            writer.WriteEndArray();
            writer.WriteBoolean("truncated"u8, Truncated);
            writer.WriteEndObject();
        }

        /// <summary>Writes <c>[lon,lat]</c> as the JSON writer would (shortest round-trip form); returns its length.</summary>
        private static int FormatPosition(GeoPoint point, Span<byte> output)
        {
            output[0] = (byte)'[';
            if (!Utf8Formatter.TryFormat(point.Lon, output[1..], out int lonLength))
            {
                throw new InvalidOperationException("A longitude did not fit its position buffer.");
            }

            int at = 1 + lonLength;
            output[at++] = (byte)',';
            if (!Utf8Formatter.TryFormat(point.Lat, output[at..], out int latLength))
            {
                throw new InvalidOperationException("A latitude did not fit its position buffer.");
            }

            at += latLength;
            output[at++] = (byte)']';
            return at;
        }

        /// <summary><c>{"type":"Feature","id":…,"geometry":{"type":…</c>, left open for the coordinates.</summary>
        private static void StartFeature(Utf8JsonWriter writer, string id, ReadOnlySpan<byte> geometryType)
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, "Feature"u8);
            writer.WriteString("id"u8, id);
            writer.WriteStartObject("geometry"u8);
            writer.WriteString("type"u8, geometryType);
        }

        private static void WritePoint(Utf8JsonWriter writer, Entity entity, int degree, Entity? region, ReadOnlySpan<byte> position)
        {
            GeoPoint point = entity.Location!.Value;
            StartFeature(writer, entity.Id, "Point"u8);
            writer.WritePropertyName("coordinates"u8);
            writer.WriteRawValue(position, skipInputValidation: true);
            writer.WriteEndObject();
            writer.WriteStartObject("properties"u8);
            writer.WriteString("id"u8, entity.Id);
            writer.WriteString("kind"u8, ContractNames.ToContractName(entity.Kind));
            writer.WriteStartObject("names"u8);
            writer.WriteString("ko"u8, entity.Names.Ko);
            writer.WriteString("en"u8, entity.Names.En);
            writer.WriteEndObject();
            writer.WriteNumber("degree"u8, degree);
            writer.WriteString("region"u8, region?.Id);
            writer.WriteString("precision"u8, ContractNames.ToContractName(point.Precision));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        private static void WriteLine(Utf8JsonWriter writer, Relation relation, ReadOnlySpan<byte> from, ReadOnlySpan<byte> to)
        {
            StartFeature(writer, relation.Id, "LineString"u8);
            writer.WriteStartArray("coordinates"u8);
            writer.WriteRawValue(from, skipInputValidation: true);
            writer.WriteRawValue(to, skipInputValidation: true);
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteStartObject("properties"u8);
            writer.WriteString("id"u8, relation.Id);
            writer.WriteString("type"u8, ContractNames.ToContractName(relation.Type));
            writer.WriteString("from"u8, relation.FromId);
            writer.WriteString("to"u8, relation.ToId);
            writer.WriteString("role"u8, relation.Role);
            // Integral confidences (most are 1) go out as integers: the same text, without formatting a double.
            writer.WritePropertyName("confidence"u8);
            JsonValueWriter.WriteDouble(writer, relation.Confidence);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
    }
}
