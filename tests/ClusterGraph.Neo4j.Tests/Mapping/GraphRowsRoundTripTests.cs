using System.Text.Json;
using ClusterGraph.Graph.Model;
using ClusterGraph.Neo4j.Mapping;
using ClusterGraph.Neo4j.QueryApi;

namespace ClusterGraph.Neo4j.Tests.Mapping;

/// <summary>
/// An entity, relation or source written as a parameter row (typed JSON, as sent) and read back as
/// Neo4j returns stored properties (typed JSON, as received) is the same value. Neo4j drops
/// null-valued keys on <c>SET n = $row</c>; the round trip does the same.
/// </summary>
public sealed class GraphRowsRoundTripTests
{
    private static Dictionary<string, object?> ThroughTypedJson(Dictionary<string, object?> row)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            TypedJsonWriter.Write(writer, row.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value));
        }

        using JsonDocument document = JsonDocument.Parse(buffer.ToArray());
        return (Dictionary<string, object?>)TypedJsonReader.Read(document.RootElement)!;
    }

    [Fact]
    public void An_entity_with_every_attribute_survives_the_round_trip()
    {
        var entity = new Entity("initiative:gumi-new-electronics", EntityKind.Initiative, new LocalizedText("구미 신전자 산업", "Gumi new electronics"))
        {
            Aliases = ["신전자", "New Electronics"],
            Description = new LocalizedText("설명", null),
            Location = new GeoPoint(36.0, 128.4, LocationPrecision.City),
            Attributes = new InitiativeAttributes(InitiativeKind.Plan, new DateOnly(2024, 3, 1), null, "2024–2030"),
            Indicators =
            [
                new Indicator("jobs", new LocalizedText("일자리", "jobs"), 30_000) { Unit = "jobs", Target = true, Evidence = [new Evidence("source:a", "3만 개")] },
            ],
            Evidence = [new Evidence("source:a", "구미"), new Evidence("source:b", null)],
        };

        Entity back = GraphReader.Entity(new Neo4jNode("4:x:1", ["Entity", "Initiative"], ThroughTypedJson(GraphRows.Entity(entity))));

        Assert.Equal(entity.Id, back.Id);
        Assert.Equal(entity.Kind, back.Kind);
        Assert.Equal(entity.Names, back.Names);
        Assert.Equal(entity.Aliases, back.Aliases);
        Assert.Equal(entity.Description, back.Description);
        Assert.Equal(entity.Location, back.Location); // 36.0 stays a Float, not an Integer
        Assert.Equal(entity.Attributes, back.Attributes);
        Assert.Equal(entity.Evidence, back.Evidence);
        Indicator indicator = Assert.Single(back.Indicators);
        Assert.Equal(30_000, indicator.Value);
        Assert.True(indicator.Target);
        Assert.Equal(entity.Indicators[0].Evidence, indicator.Evidence);
    }

    [Fact]
    public void A_relation_and_a_source_survive_the_round_trip()
    {
        var relation = new Relation("relation:supplies:a:b", RelationType.Supplies, "company:a", "company:b")
        {
            Role = "wafers",
            Since = new DateOnly(2020, 1, 1),
            Confidence = 0.8,
            Evidence = [new Evidence("source:a", "quote")],
        };
        var source = new Source("source:a", "제목", Lang.Ko) { Publisher = "경인일보", PublishedAt = new DateOnly(2024, 5, 2), RetrievedAt = new DateTimeOffset(2024, 5, 3, 1, 2, 3, TimeSpan.Zero) };

        Relation relationBack = GraphReader.Relation(new Neo4jRelationship("5:x:1", "4:x:1", "4:x:2", "SUPPLIES", ThroughTypedJson(GraphRows.Relation(relation))), "company:a", "company:b");
        Source sourceBack = GraphReader.Source(new Neo4jNode("4:x:3", ["Source"], ThroughTypedJson(GraphRows.Source(source))));

        Assert.Equal(relation.Id, relationBack.Id);
        Assert.Equal(relation.Type, relationBack.Type);
        Assert.Equal(relation.Role, relationBack.Role);
        Assert.Equal(relation.Since, relationBack.Since);
        Assert.Null(relationBack.Until);
        Assert.Equal(0.8, relationBack.Confidence);
        Assert.Equal(relation.Evidence, relationBack.Evidence);
        Assert.Equal(source, sourceBack);
    }

    [Fact]
    public void Search_keys_hold_normalized_names_and_hangul_initials()
    {
        var entity = new Entity("company:amkor", EntityKind.Company, new LocalizedText("앰코테크놀로지코리아", "Amkor Technology Korea")) { Aliases = ["ＡＭＫＯＲ"] };

        Dictionary<string, object?> row = GraphRows.Entity(entity);

        Assert.Equal("앰코테크놀로지코리아\namkor technology korea\namkor", row["searchText"]); // full-width folded by NFKC
        // 앰 = ㅇ, 코 = ㅋ, 테 = ㅌ, 크 = ㅋ, 놀 = ㄴ, 로 = ㄹ, 지 = ㅈ, 코 = ㅋ, 리 = ㄹ, 아 = ㅇ (NFKC maps compatibility jamo to conjoining ones)
        Assert.Equal("ㅇㅋㅌㅋㄴㄹㅈㅋㄹㅇ".Normalize(System.Text.NormalizationForm.FormKC), row["initials"]);
    }
}
