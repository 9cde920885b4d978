using ClusterGraph.Neo4j.QueryApi;

namespace ClusterGraph.Neo4j.Tests.QueryApi;

/// <summary>
/// Every value type of the Query API's typed JSON, replayed from the documentation's type-mapping
/// table (docs: query-api, "Typed JSON"), mapped to CLR values. Expected values are read off the
/// documented text by hand.
/// </summary>
public sealed class TypedJsonMappingTests
{
    // One row whose fields are the documentation's examples, in the table's order.
    private const string DocumentedTypesResponse = """
        {
          "data": {
            "fields": ["null", "boolean", "integer", "float", "floatSci", "string", "base64", "list", "map",
                       "date", "time", "localTime", "offsetDateTime", "localDateTime", "duration", "point",
                       "node", "relationship", "path", "vector", "unsupported"],
            "values": [[
              { "$type": "Null", "_value": null },
              { "$type": "Boolean", "_value": true },
              { "$type": "Integer", "_value": "123" },
              { "$type": "Float", "_value": "4.56" },
              { "$type": "Float", "_value": "3.2E9" },
              { "$type": "String", "_value": "Hello World" },
              { "$type": "Base64", "_value": "A2+/" },
              { "$type": "List", "_value": [ { "$type": "String", "_value": "A" }, { "$type": "String", "_value": "B" } ] },
              { "$type": "Map", "_value": { "fieldA": { "$type": "String", "_value": "A" }, "fieldB": { "$type": "String", "_value": "B" } } },
              { "$type": "Date", "_value": "2015-03-26" },
              { "$type": "Time", "_value": "12:50:35.556+01:00" },
              { "$type": "LocalTime", "_value": "12:50:35.556" },
              { "$type": "OffsetDateTime", "_value": "2015-11-21T21:40:32.142Z[Antarctica/Troll]" },
              { "$type": "LocalDateTime", "_value": "2015-07-04T19:32:24" },
              { "$type": "Duration", "_value": "P14DT16H12M" },
              { "$type": "Point", "_value": "SRID=7203;POINT (1.2 3.4)" },
              { "$type": "Node", "_value": {
                  "_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                  "_labels": ["Person"],
                  "_properties": { "name": { "$type": "String", "_value": "Phil" } } } },
              { "$type": "Relationship", "_value": {
                  "_element_id": "5:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                  "_start_node_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:0",
                  "_end_node_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                  "_type": "LIKES",
                  "_properties": { "since": { "$type": "String", "_value": "forever!" } } } },
              { "$type": "Path", "_value": [
                  { "$type": "Node", "_value": {
                      "_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:0",
                      "_labels": ["Person"],
                      "_properties": { "name": { "$type": "String", "_value": "Alice" }, "age": { "$type": "Integer", "_value": "42" } } } },
                  { "$type": "Relationship", "_value": {
                      "_element_id": "5:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                      "_start_node_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:0",
                      "_end_node_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                      "_type": "LIKES",
                      "_properties": { "since": { "$type": "String", "_value": "forever!" } } } },
                  { "$type": "Node", "_value": {
                      "_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                      "_labels": ["Person"],
                      "_properties": { "name": { "$type": "String", "_value": "Phil" } } } } ] },
              { "$type": "Vector", "_value": { "coordinatesType": "INT8", "coordinates": ["1", "-5", "10"] } },
              { "$type": "Unsupported", "_value": "Type TheUnsupportedType is not supported." }
            ]]
          },
          "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]
        }
        """;

    [Fact]
    public async Task Maps_every_documented_typed_json_value()
    {
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(FakeReply.Json(202, DocumentedTypesResponse));
        Neo4jQueryClient client = QueryApiTestClient.Create(server);

        Neo4jResult result = await client.RunAsync(Neo4jQuery.Read("RETURN 1"));

        Neo4jRecord row = Assert.Single(result.Records);
        Assert.Null(row["null"]);
        Assert.Equal(true, row["boolean"]);
        Assert.Equal(123L, row["integer"]);
        Assert.Equal(4.56, row["float"]);
        Assert.Equal(3.2e9, row["floatSci"]);
        Assert.Equal("Hello World", row["string"]);
        Assert.Equal(new byte[] { 0x03, 0x6F, 0xBF }, row["base64"]); // "A2+/" = 000000 110110 111110 111111
        Assert.Equal(new object?[] { "A", "B" }, row.Get<IReadOnlyList<object?>>("list"));
        IReadOnlyDictionary<string, object?> map = row.Get<IReadOnlyDictionary<string, object?>>("map");
        Assert.Equal("A", map["fieldA"]);
        Assert.Equal("B", map["fieldB"]);

        Neo4jTemporal date = row.Get<Neo4jTemporal>("date");
        Assert.Equal(new DateOnly(2015, 3, 26), date.ToDateOnly());

        Neo4jTemporal time = row.Get<Neo4jTemporal>("time");
        Assert.Equal(Neo4jTemporalKind.Time, time.Kind);
        Assert.Equal(new TimeOnly(12, 50, 35), time.TimeOfDay);
        Assert.Equal(556_000_000, time.Nanosecond);
        Assert.Equal(TimeSpan.FromHours(1), time.Offset);

        Neo4jTemporal localTime = row.Get<Neo4jTemporal>("localTime");
        Assert.Equal(new TimeOnly(12, 50, 35, 556), localTime.ToTimeOnly());

        Neo4jTemporal zoned = row.Get<Neo4jTemporal>("offsetDateTime");
        Assert.Equal(new DateTimeOffset(2015, 11, 21, 21, 40, 32, 142, TimeSpan.Zero), zoned.ToDateTimeOffset());
        Assert.Equal("Antarctica/Troll", zoned.ZoneId);
        Assert.Equal("2015-11-21T21:40:32.142Z[Antarctica/Troll]", zoned.Text);

        Assert.Equal(new DateTime(2015, 7, 4, 19, 32, 24), row.Get<Neo4jTemporal>("localDateTime").ToDateTime());

        // P14DT16H12M: 14 days; 16 h 12 min = 58,320 s.
        Assert.Equal(new Neo4jDuration(0, 14, 58_320, 0), row["duration"]);
        Assert.Equal(new Neo4jPoint(7203, 1.2, 3.4, null), row["point"]);

        Neo4jNode node = row.Get<Neo4jNode>("node");
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", node.ElementId);
        Assert.Equal(["Person"], node.Labels);
        Assert.Equal("Phil", node.Properties["name"]);

        Neo4jRelationship relationship = row.Get<Neo4jRelationship>("relationship");
        Assert.Equal("LIKES", relationship.Type);
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:0", relationship.StartNodeElementId);
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", relationship.EndNodeElementId);
        Assert.Equal("forever!", relationship.Properties["since"]);

        Neo4jPath path = row.Get<Neo4jPath>("path");
        Assert.Equal(["Alice", "Phil"], path.Nodes.Select(n => (string)n.Properties["name"]!));
        Assert.Equal(42L, path.Nodes[0].Properties["age"]);
        Assert.Equal("LIKES", Assert.Single(path.Relationships).Type);

        Neo4jVector vector = row.Get<Neo4jVector>("vector");
        Assert.Equal("INT8", vector.CoordinatesType);
        Assert.Equal([1.0, -5.0, 10.0], vector.Coordinates);
        Assert.Equal("Type TheUnsupportedType is not supported.", row.Get<Neo4jUnsupportedValue>("unsupported").Message);

        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"], result.Bookmarks);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public async Task Maps_out_of_range_floats(string text)
    {
        string body = $$"""{"data":{"fields":["f"],"values":[[{"$type":"Float","_value":"{{text}}"}]]},"bookmarks":[]}""";
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(FakeReply.Json(202, body));

        Neo4jResult result = await QueryApiTestClient.Create(server).RunAsync(Neo4jQuery.Read("RETURN 1"));

        double expected = text switch { "NaN" => double.NaN, "Infinity" => double.PositiveInfinity, _ => double.NegativeInfinity };
        Assert.Equal(expected, (double)result.Records[0]["f"]!);
    }

    [Theory]
    [InlineData("""{"$type":"Integer","_value":"12x"}""")]
    [InlineData("""{"$type":"Integer","_value":12}""")]
    [InlineData("""{"$type":"Date","_value":"2015-13-01"}""")]
    [InlineData("""{"$type":"Duration","_value":"P1DT"}""")]
    [InlineData("""{"$type":"Point","_value":"POINT (1 2)"}""")]
    [InlineData("""{"$type":"Path","_value":[]}""")]
    [InlineData("""{"$type":"Banana","_value":"1"}""")]
    [InlineData("""{"_value":"1"}""")]
    [InlineData("17")]
    public async Task Malformed_typed_values_are_a_protocol_violation(string value)
    {
        string body = $$"""{"data":{"fields":["v"],"values":[[{{value}}]]},"bookmarks":[]}""";
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(FakeReply.Json(202, body));

        Neo4jException error = await Assert.ThrowsAsync<Neo4jException>(() => QueryApiTestClient.Create(server).RunAsync(Neo4jQuery.Read("RETURN 1")));

        Assert.Equal(Neo4jErrorCodes.ProtocolViolation, error.Code);
        Assert.Single(server.Requests); // not retryable
    }

    [Fact]
    public async Task Refuses_nesting_beyond_the_depth_guard()
    {
        string value = """{"$type":"Null","_value":null}""";
        for (int i = 0; i < 40; i++)
        {
            value = $$"""{"$type":"List","_value":[{{value}}]}""";
        }

        string body = $$$"""{"data":{"fields":["v"],"values":[[{{{value}}}]]}}""";
        await using FakeQueryApiServer server = await FakeQueryApiServer.StartAsync(FakeReply.Json(202, body));

        Neo4jException error = await Assert.ThrowsAsync<Neo4jException>(() => QueryApiTestClient.Create(server).RunAsync(Neo4jQuery.Read("RETURN 1")));

        Assert.Equal(Neo4jErrorCodes.ProtocolViolation, error.Code);
    }
}
