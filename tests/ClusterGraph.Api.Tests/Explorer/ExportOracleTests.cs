using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClusterGraph.Api.Tests.Infrastructure;
using static ClusterGraph.Api.Tests.Infrastructure.Json;

namespace ClusterGraph.Api.Tests.Explorer;

/// <summary>
/// The exports read by the tools researchers use, pinned in tests/conformance: csv-parse (strict) for
/// the CSVs, graphology + graphology-graphml for the GraphML. What those libraries read back is compared
/// with the seed files.
/// </summary>
[Collection(SeedApiCollection.Name)]
public sealed class ExportOracleTests(SeedApi api)
{
    private const string CsvParse = "exports/csv-parse.mjs";
    private const string GraphMLLoad = "exports/graphml-load.mjs";

    [Fact]
    public async Task Relations_csv_parsed_by_csv_parse_round_trips_every_seed_evidence_quote()
    {
        List<string[]> records = await ExportReadByCsvParseAsync("/export/csv?what=relations");

        Assert.Equal(["relation_id", "type", "from", "to", "role", "since", "until", "confidence", "source_id", "source_title", "source_url", "quote"], records[0]);
        Assert.Equal(SeedFiles.EvidenceRows().Order(StringComparer.Ordinal), records.Skip(1).Select(r => SeedFiles.EvidenceRow(r[0], r[8], r[11])).Order(StringComparer.Ordinal));

        // The quotes that need CSV quoting are among them: commas, and the Korean text stays byte-for-byte.
        Assert.Contains(records, r => r[11].Contains(',', StringComparison.Ordinal));
        string amkor = SeedFiles.QuotesOf("relation:active-in:amkor-technology-korea:semiconductor-packaging-test")[0];
        Assert.Contains(records, r => r[0] == "relation:active-in:amkor-technology-korea:semiconductor-packaging-test" && r[11] == amkor);
    }

    [Fact]
    public async Task Entities_csv_parsed_by_csv_parse_matches_the_seed_entities()
    {
        List<string[]> records = await ExportReadByCsvParseAsync("/export/csv");
        Assert.Equal(["id", "kind", "name_ko", "name_en", "lat", "lon", "precision", "region", "degree"], records[0]);

        // id, kind, names and location per entity, as the seed states them.
        IEnumerable<string> expected = SeedFiles.Entities().Select(e =>
        {
            JsonElement names = e.GetProperty("names");
            bool located = e.TryGetProperty("location", out JsonElement location) && location.ValueKind == JsonValueKind.Object;
            return string.Join('|',
                e.GetProperty("id").GetString(),
                e.GetProperty("kind").GetString(),
                names.GetProperty("ko").GetString(),
                names.TryGetProperty("en", out JsonElement en) ? en.GetString() : "",
                located ? location.GetProperty("lat").GetDouble().ToString("R", CultureInfo.InvariantCulture) : "",
                located ? location.GetProperty("lon").GetDouble().ToString("R", CultureInfo.InvariantCulture) : "");
        });
        IEnumerable<string> actual = records.Skip(1).Select(r => string.Join('|', r[0], r[1], r[2], r[3], Number(r[4]), Number(r[5])));
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Csv_parse_rejects_a_broken_quote_so_its_acceptance_of_the_exports_means_something()
    {
        JsonObject parsed = await NodeScript.RunOnFileAsync(CsvParse, "id,quote\r\nrelation:x,\"half \"quoted\" text\"\r\n", ".csv");
        Assert.StartsWith("CSV_INVALID_CLOSING_QUOTE", Str(parsed["error"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphML_loads_in_graphology_with_the_seeds_entities_as_nodes_and_relations_as_edges()
    {
        string graphml = await api.Client.GetStringAsync(new Uri("/export/graphml", UriKind.Relative));
        JsonObject graph = await NodeScript.RunOnFileAsync(GraphMLLoad, graphml, ".graphml");
        Assert.Null(graph["error"]);
        Assert.Equal("directed", Str(graph["type"]));

        List<JsonElement> entities = [.. SeedFiles.Entities()];
        List<JsonElement> relations = [.. SeedFiles.Relations()];
        Assert.Equal(entities.Count, Int(graph["order"]));
        Assert.Equal(relations.Count, Int(graph["size"]));

        // Nodes: key = entity id; typed attributes (kind, names; lat/lon read back as numbers by the key's attr.type).
        Dictionary<string, JsonObject> nodes = Arr(graph["nodes"]).ToDictionary(n => Str(n!["key"]), n => n!["attributes"]!.AsObject(), StringComparer.Ordinal);
        foreach (JsonElement entity in entities)
        {
            JsonObject attributes = nodes[entity.GetProperty("id").GetString()!];
            Assert.Equal(entity.GetProperty("kind").GetString(), Str(attributes["kind"]));
            Assert.Equal(entity.GetProperty("names").GetProperty("ko").GetString(), Str(attributes["name_ko"]));
            if (entity.TryGetProperty("location", out JsonElement location) && location.ValueKind == JsonValueKind.Object)
            {
                Assert.Equal(location.GetProperty("lat").GetDouble(), attributes["lat"]!.GetValue<double>());
                Assert.Equal(location.GetProperty("lon").GetDouble(), attributes["lon"]!.GetValue<double>());
            }
        }

        // Edges: key = relation id, directed from → to, with the relation's type and confidence.
        Dictionary<string, JsonNode> edges = Arr(graph["edges"]).ToDictionary(e => Str(e!["key"]), e => e!, StringComparer.Ordinal);
        foreach (JsonElement relation in relations)
        {
            JsonNode edge = edges[relation.GetProperty("id").GetString()!];
            Assert.Equal(relation.GetProperty("from").GetString(), Str(edge["source"]));
            Assert.Equal(relation.GetProperty("to").GetString(), Str(edge["target"]));
            Assert.Equal(relation.GetProperty("type").GetString(), Str(edge["attributes"]!["type"]));
            Assert.Equal(relation.GetProperty("confidence").GetDouble(), edge["attributes"]!["confidence"]!.GetValue<double>());
        }
    }

    [Fact]
    public async Task GraphML_of_a_filtered_export_loads_and_holds_only_the_filtered_entities()
    {
        JsonObject data = await api.QueryAsync("""{ entities(first: 100, filter: { within: ["region:incheon"], kinds: [COMPANY] }) { nodes { id } } }""");
        string graphml = await api.Client.GetStringAsync(new Uri("/export/graphml?within=region:incheon&kinds=COMPANY", UriKind.Relative));
        JsonObject graph = await NodeScript.RunOnFileAsync(GraphMLLoad, graphml, ".graphml");
        Assert.Null(graph["error"]);
        Assert.Equal(Ids(data["entities"]!["nodes"]).Order(StringComparer.Ordinal), Arr(graph["nodes"]).Select(n => Str(n!["key"])).Order(StringComparer.Ordinal));
        Assert.Contains("company:amkor-technology-korea", Arr(graph["nodes"]).Select(n => Str(n!["key"])));
    }

    /// <summary>GETs a CSV export and returns its records (header first) as csv-parse reads them.</summary>
    private async Task<List<string[]>> ExportReadByCsvParseAsync(string path)
    {
        string csv = await api.Client.GetStringAsync(new Uri(path, UriKind.Relative));
        JsonObject parsed = await NodeScript.RunOnFileAsync(CsvParse, csv, ".csv");
        Assert.Null(parsed["error"]);
        return [.. Arr(parsed["records"]).Select(r => Arr(r).Select(Str).ToArray())];
    }

    /// <summary>A CSV number cell in the round-trip form the seed comparison uses ("" stays "").</summary>
    private static string Number(string cell) =>
        cell.Length == 0 ? "" : double.Parse(cell, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
}
