using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using ClusterGraph.Api.Tests.Infrastructure;
using static ClusterGraph.Api.Tests.Infrastructure.Json;

namespace ClusterGraph.Api.Tests.Explorer;

/// <summary>
/// /export/{format}: GeoJSON checked by @mapbox/geojsonhint and against clusterMap, CSV read with a
/// strict RFC 4180 reader and compared with the seed files, GraphML parsed as XML and counted.
/// </summary>
[Collection(SeedApiCollection.Name)]
public sealed class ExportTests(SeedApi api)
{
    [Fact]
    public async Task GeoJson_export_passes_geojsonhint_and_matches_clusterMap_for_the_same_filter()
    {
        using HttpResponseMessage all = await api.Client.GetAsync(new Uri("/export/geojson", UriKind.Relative));
        using HttpResponseMessage incheon = await api.Client.GetAsync(new Uri("/export/geojson?within=region:incheon&kinds=COMPANY,INSTITUTE", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal("application/geo+json", all.Content.Headers.ContentType!.MediaType);
        Assert.Equal(("attachment", "clustergraph-entities.geojson"), (all.Content.Headers.ContentDisposition!.DispositionType, all.Content.Headers.ContentDisposition.FileName));
        JsonObject allJson = JsonNode.Parse(await all.Content.ReadAsStringAsync())!.AsObject();
        JsonObject incheonJson = JsonNode.Parse(await incheon.Content.ReadAsStringAsync())!.AsObject();

        IReadOnlyList<JsonObject> verdicts = await NodeChecks.RunAsync(
            new JsonObject { ["op"] = "geojson-hint", ["geojson"] = allJson.DeepClone() },
            new JsonObject { ["op"] = "geojson-hint", ["geojson"] = incheonJson.DeepClone() });
        Assert.All(verdicts, v =>
        {
            Assert.Null(v["error"]);
            Assert.True(Arr(v["problems"]).Count == 0, v.ToJsonString());
        });

        JsonObject data = await api.QueryAsync("""
            {
              all: clusterMap(limit: 10000)
              incheon: clusterMap(filter: { within: ["region:incheon"], kinds: [COMPANY, INSTITUTE] }, limit: 10000)
            }
            """);
        Assert.Equal(FeatureIds(data["all"]!), FeatureIds(allJson));
        Assert.Equal(FeatureIds(data["incheon"]!), FeatureIds(incheonJson));
        Assert.Contains("company:amkor-technology-korea", FeatureIds(incheonJson));

        // The export carries the same properties as clusterMap's points.
        JsonNode expected = Arr(data["incheon"]!["features"]).First(f => Str(f!["id"]) == "company:amkor-technology-korea")!;
        JsonNode actual = Arr(incheonJson["features"]).First(f => Str(f!["id"]) == "company:amkor-technology-korea")!;
        Assert.True(JsonNode.DeepEquals(expected, actual), actual.ToJsonString());
    }

    [Fact]
    public async Task Relations_csv_parses_and_round_trips_every_evidence_quote_of_the_seed()
    {
        using HttpResponseMessage response = await api.Client.GetAsync(new Uri("/export/csv?what=relations", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(("attachment", "clustergraph-relations.csv"), (response.Content.Headers.ContentDisposition!.DispositionType, response.Content.Headers.ContentDisposition.FileName));
        List<List<string>> records = Rfc4180Reader.Parse(await response.Content.ReadAsStringAsync());
        List<string> header = records[0];
        Assert.Equal(["relation_id", "type", "from", "to", "role", "since", "until", "confidence", "source_id", "source_title", "source_url", "quote"], header);
        Assert.All(records, r => Assert.Equal(header.Count, r.Count));

        // The oracle: the seed files themselves, one (relation, source, quote) per evidence item, or one blank row for none.
        List<string> expected = SeedFiles.EvidenceRows();
        List<string> actual = [.. records.Skip(1).Select(r => SeedFiles.EvidenceRow(r[0], r[8], r[11]))];
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        Assert.Contains(records, r => r[11].Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Entities_csv_has_one_row_per_entity_matching_the_filter()
    {
        JsonObject data = await api.QueryAsync("""
            {
              all: entities(first: 1) { totalCount }
              companies: entities(first: 100, filter: { kinds: [COMPANY], within: ["region:incheon"] }) { nodes { id names { ko } } }
            }
            """);
        using HttpResponseMessage response = await api.Client.GetAsync(new Uri("/export/csv", UriKind.Relative));
        Assert.Equal(("attachment", "clustergraph-entities.csv"), (response.Content.Headers.ContentDisposition!.DispositionType, response.Content.Headers.ContentDisposition.FileName));
        List<List<string>> all = Rfc4180Reader.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Int(data["all"]!["totalCount"]) + 1, all.Count);

        string companies = await api.Client.GetStringAsync(new Uri("/export/csv?kinds=COMPANY&within=region:incheon", UriKind.Relative));
        List<List<string>> rows = [.. Rfc4180Reader.Parse(companies).Skip(1)];
        JsonArray nodes = Arr(data["companies"]!["nodes"]);
        Assert.Equal(nodes.Select(n => Str(n!["id"]) + "|" + (string?)n!["names"]!["ko"]).Order(StringComparer.Ordinal), rows.Select(r => r[0] + "|" + r[2]).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal("COMPANY", r[1]));
    }

    [Fact]
    public async Task GraphML_is_well_formed_with_a_node_per_entity_and_an_edge_per_relation()
    {
        JsonObject data = await api.QueryAsync("{ graphStats { entityCount relationCount } }");
        using HttpResponseMessage response = await api.Client.GetAsync(new Uri("/export/graphml", UriKind.Relative));
        Assert.Equal("application/graphml+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(("attachment", "clustergraph.graphml"), (response.Content.Headers.ContentDisposition!.DispositionType, response.Content.Headers.ContentDisposition.FileName));
        XDocument document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(ns + "graphml", document.Root!.Name);
        List<XElement> nodes = [.. document.Descendants(ns + "node")];
        List<XElement> edges = [.. document.Descendants(ns + "edge")];
        Assert.Equal(Int(data["graphStats"]!["entityCount"]), nodes.Count);
        Assert.Equal(Int(data["graphStats"]!["relationCount"]), edges.Count);

        // Every edge joins two declared nodes; every data element names a declared key.
        HashSet<string> nodeIds = [.. nodes.Select(n => (string)n.Attribute("id")!)];
        Assert.Equal(nodes.Count, nodeIds.Count);
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("source")!, nodeIds));
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("target")!, nodeIds));
        HashSet<string> keys = [.. document.Root.Elements(ns + "key").Select(k => (string)k.Attribute("id")!)];
        Assert.All(document.Descendants(ns + "data"), d => Assert.Contains((string)d.Attribute("key")!, keys));
    }

    [Theory]
    [InlineData("/export/xls", "Unknown export format 'xls'")]
    [InlineData("/export/csv?kinds=COMPANY,WIDGET", "kinds: 'WIDGET' is not an entity kind")]
    [InlineData("/export/geojson?bbox=1,2,3", "bbox: expected four numbers")]
    [InlineData("/export/geojson?bbox=124,38,130,33", "bbox: south must not be greater than north")]
    [InlineData("/export/graphml?asOf=2024-13-01", "asOf: '2024-13-01' is not a date")]
    [InlineData("/export/csv?what=sources", "what: 'sources' is not an export")]
    [InlineData("/export/geojson?what=relations", "Unknown query parameter 'what'")]
    public async Task Bad_parameters_answer_400_with_a_clear_message(string path, string message)
    {
        using HttpResponseMessage response = await api.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonObject body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.StartsWith(message, Str(body["error"]), StringComparison.Ordinal);
    }

    private static List<string> FeatureIds(JsonNode collection) =>
        [.. Arr(collection["features"]).Select(f => Str(f!["id"])).Order(StringComparer.Ordinal)];
}
