using System.Globalization;
using System.Text;
using System.Xml;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Api.Explorer;

/// <summary>
/// The GraphML export: a directed graph whose nodes are the entities matching the filter (streamed
/// page by page) and whose edges are the relations among them valid on asOf when given.
/// </summary>
internal static class GraphMLExport
{
    private const string GraphMLNamespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] s_keys =
    [
        ("kind", "node", "kind", "string"),
        ("name_ko", "node", "name_ko", "string"),
        ("name_en", "node", "name_en", "string"),
        ("lat", "node", "lat", "double"),
        ("lon", "node", "lon", "double"),
        ("type", "edge", "type", "string"),
        ("role", "edge", "role", "string"),
        ("since", "edge", "since", "string"),
        ("until", "edge", "until", "string"),
        ("confidence", "edge", "confidence", "double"),
    ];

    public static async Task WriteAsync(IGraphStore store, EntityFilter filter, Stream body, CancellationToken cancellationToken)
    {
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) };
        await using XmlWriter xml = XmlWriter.Create(body, settings);
        await xml.WriteStartDocumentAsync().ConfigureAwait(false);
        await xml.WriteStartElementAsync(null, "graphml", GraphMLNamespace).ConfigureAwait(false);
        foreach ((string id, string forWhat, string name, string type) in s_keys)
        {
            await xml.WriteStartElementAsync(null, "key", GraphMLNamespace).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "id", null, id).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "for", null, forWhat).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "attr.name", null, name).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "attr.type", null, type).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
        }

        await xml.WriteStartElementAsync(null, "graph", GraphMLNamespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "id", null, "clustergraph").ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed").ConfigureAwait(false);

        var ids = new List<string>();
        await foreach (IReadOnlyList<Entity> page in ExportPages.WalkAsync(store, filter, cancellationToken).ConfigureAwait(false))
        {
            foreach (Entity entity in page)
            {
                ids.Add(entity.Id);
                await xml.WriteStartElementAsync(null, "node", GraphMLNamespace).ConfigureAwait(false);
                await xml.WriteAttributeStringAsync(null, "id", null, entity.Id).ConfigureAwait(false);
                await DataAsync(xml, "kind", ContractNames.ToContractName(entity.Kind)).ConfigureAwait(false);
                await DataAsync(xml, "name_ko", entity.Names.Ko).ConfigureAwait(false);
                await DataAsync(xml, "name_en", entity.Names.En).ConfigureAwait(false);
                if (entity.Location is { } point)
                {
                    await DataAsync(xml, "lat", point.Lat.ToString("R", CultureInfo.InvariantCulture)).ConfigureAwait(false);
                    await DataAsync(xml, "lon", point.Lon.ToString("R", CultureInfo.InvariantCulture)).ConfigureAwait(false);
                }

                await xml.WriteEndElementAsync().ConfigureAwait(false);
            }

            await xml.FlushAsync().ConfigureAwait(false);
        }

        IReadOnlyList<Relation> relations = ids.Count == 0 ? [] : await store.GetRelationsAmongAsync(ids, filter.AsOf, cancellationToken).ConfigureAwait(false);
        foreach (Relation relation in relations)
        {
            await xml.WriteStartElementAsync(null, "edge", GraphMLNamespace).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "id", null, relation.Id).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "source", null, relation.FromId).ConfigureAwait(false);
            await xml.WriteAttributeStringAsync(null, "target", null, relation.ToId).ConfigureAwait(false);
            await DataAsync(xml, "type", ContractNames.ToContractName(relation.Type)).ConfigureAwait(false);
            await DataAsync(xml, "role", relation.Role).ConfigureAwait(false);
            await DataAsync(xml, "since", CsvWriter.Date(relation.Since)).ConfigureAwait(false);
            await DataAsync(xml, "until", CsvWriter.Date(relation.Until)).ConfigureAwait(false);
            await DataAsync(xml, "confidence", relation.Confidence.ToString("R", CultureInfo.InvariantCulture)).ConfigureAwait(false);
            await xml.WriteEndElementAsync().ConfigureAwait(false);
        }

        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
        await xml.WriteEndDocumentAsync().ConfigureAwait(false);
        await xml.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>One data element; nothing when the value is unknown (GraphML's "no value").</summary>
    private static async Task DataAsync(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        await xml.WriteStartElementAsync(null, "data", GraphMLNamespace).ConfigureAwait(false);
        await xml.WriteAttributeStringAsync(null, "key", null, key).ConfigureAwait(false);
        await xml.WriteStringAsync(value).ConfigureAwait(false);
        await xml.WriteEndElementAsync().ConfigureAwait(false);
    }
}
