using System.Text.Json.Nodes;
using ClusterGraph.Api.Tests.Infrastructure;
using static ClusterGraph.Api.Tests.Infrastructure.Json;

namespace ClusterGraph.Api.Tests;

/// <summary>Writes: API keys and roles, user errors, read-after-write, cascade, audit trail, name fallback.</summary>
[Collection(WritableApiCollection.Name)]
public sealed class MutationTests(WritableApi api)
{
    private const string SourceId = "source:api-test-article";

    private const string UpsertSource = """
        mutation($input: SourceInput!) { upsertSource(input: $input) { source { id title lang } version errors { field message code } } }
        """;

    private const string UpsertEntity = """
        mutation($input: EntityInput!) { upsertEntity(input: $input) { entity { id kind ko: name en: name(lang: EN) names { ko en } region { id } } version errors { field message code } } }
        """;

    private const string UpsertRelation = """
        mutation($input: RelationInput!) { upsertRelation(input: $input) { relation { id type from { id } to { id } evidence { quote source { id } } } version errors { field message code } } }
        """;

    [Fact]
    public async Task Writes_without_a_key_or_with_a_reader_or_unknown_key_are_refused_and_change_nothing()
    {
        string before = await VersionAsync();
        const string Delete = "mutation { deleteEntity(id: \"company:amkor-technology-korea\") { deletedId version errors { code } } }";

        GraphQLResponse anonymous = await api.PostAsync(Delete);
        Assert.Equal("UNAUTHENTICATED", anonymous.FirstErrorCode);
        GraphQLResponse unknown = await api.PostAsync(Delete, key: "not-a-configured-key");
        Assert.Equal("UNAUTHENTICATED", unknown.FirstErrorCode);
        GraphQLResponse reader = await api.PostAsync(Delete, key: api.ReaderKey);
        Assert.Equal("FORBIDDEN", reader.FirstErrorCode);
        GraphQLResponse readerSource = await api.PostAsync(UpsertSource, new JsonObject { ["input"] = Source("refused") }, api.ReaderKey);
        Assert.Equal("FORBIDDEN", readerSource.FirstErrorCode);

        Assert.Equal(before, await VersionAsync());
        JsonObject still = await api.QueryAsync("{ entity(id: \"company:amkor-technology-korea\") { id } }");
        Assert.NotNull(still["entity"]);

        // The audit log is for admins only.
        Assert.Equal("UNAUTHENTICATED", (await api.PostAsync("{ auditLog { operation } }")).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await api.PostAsync("{ auditLog { operation } }", key: api.CuratorKey)).FirstErrorCode);
    }

    [Fact]
    public async Task Refused_writes_answer_401_without_a_key_and_403_with_a_reader_key()
    {
        const string Delete = "mutation { deleteRelation(id: \"relation:nope\") { deletedId } }";
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await api.PostAsync(Delete)).Status);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await api.PostAsync(Delete, key: "not-a-configured-key")).Status);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await api.PostAsync(Delete, key: api.ReaderKey)).Status);
    }

    [Fact]
    public async Task A_curator_write_is_visible_to_the_next_read_and_deletes_cascade()
    {
        string v0 = await VersionAsync();
        JsonObject source = (await api.QueryAsync(UpsertSource, new JsonObject { ["input"] = Source("API test article") }, api.CuratorKey))["upsertSource"]!.AsObject();
        Assert.Empty(Arr(source["errors"]));
        Assert.Equal(SourceId, Str(source["source"]!["id"]));
        Assert.Equal(long.Parse(v0, System.Globalization.CultureInfo.InvariantCulture) + 1, long.Parse(Str(source["version"]), System.Globalization.CultureInfo.InvariantCulture));

        // A company with only a Korean name: the ID is given, and name(lang: EN) falls back to Korean.
        JsonObject company = (await api.QueryAsync(UpsertEntity, new JsonObject
        {
            ["input"] = new JsonObject
            {
                ["id"] = "company:api-test-packager",
                ["kind"] = "COMPANY",
                ["names"] = new JsonObject { ["ko"] = "에이피아이테스트패키징" },
                ["company"] = new JsonObject { ["size"] = "SME" },
                ["evidence"] = Evidence("에이피아이테스트패키징은 인천에 있다."),
            },
        }, api.CuratorKey))["upsertEntity"]!.AsObject();
        Assert.Empty(Arr(company["errors"]));
        Assert.Equal("에이피아이테스트패키징", Str(company["entity"]!["en"]));
        Assert.Equal("에이피아이테스트패키징", Str(company["entity"]!["ko"]));
        Assert.Null(company["entity"]!["names"]!["en"]);

        // An institute with only an English name: its ID derives from it, and name (KO) falls back to English.
        JsonObject institute = (await api.QueryAsync(UpsertEntity, new JsonObject
        {
            ["input"] = new JsonObject
            {
                ["kind"] = "INSTITUTE",
                ["names"] = new JsonObject { ["en"] = "API Test Lab" },
                ["institute"] = new JsonObject { ["instituteKind"] = "RESEARCH_INSTITUTE" },
                ["evidence"] = Evidence("API Test Lab tests packages."),
            },
        }, api.CuratorKey))["upsertEntity"]!.AsObject();
        Assert.Empty(Arr(institute["errors"]));
        Assert.Equal("institute:api-test-lab", Str(institute["entity"]!["id"]));
        Assert.Equal("API Test Lab", Str(institute["entity"]!["ko"]));

        JsonObject relation = (await api.QueryAsync(UpsertRelation, new JsonObject
        {
            ["input"] = new JsonObject
            {
                ["type"] = "LOCATED_IN",
                ["from"] = "company:api-test-packager",
                ["to"] = "region:incheon",
                ["evidence"] = Evidence("에이피아이테스트패키징은 인천에 있다."),
            },
        }, api.CuratorKey))["upsertRelation"]!.AsObject();
        Assert.Empty(Arr(relation["errors"]));
        string relationId = Str(relation["relation"]!["id"]);
        Assert.Equal("relation:located-in:api-test-packager:incheon", relationId);

        // The next read sees all of it.
        JsonObject read = await api.QueryAsync($$"""
            {
              entity(id: "company:api-test-packager") { region { id } degree relations { nodes { id } } }
              search(text: "에이피아이테스트") { nodes { entity { id } } }
              node(id: "{{SourceId}}") { ... on Source { title relations { nodes { id } } } }
              incheon: entity(id: "region:incheon") { ... on Region { organizations(first: 100) { nodes { id } } } }
            }
            """);
        Assert.Equal("region:incheon", Str(read["entity"]!["region"]!["id"]));
        Assert.Equal(1, Int(read["entity"]!["degree"]));
        Assert.Equal([relationId], Ids(read["entity"]!["relations"]!["nodes"]));
        Assert.Equal("company:api-test-packager", Str(Arr(read["search"]!["nodes"])[0]!["entity"]!["id"]));
        Assert.Equal([relationId], Ids(read["node"]!["relations"]!["nodes"]));
        Assert.Contains("company:api-test-packager", Ids(read["incheon"]!["organizations"]!["nodes"]));

        // Deleting the relation, then the entities (an entity's relations go with it).
        JsonObject deleteRelation = (await api.QueryAsync($"mutation {{ deleteRelation(id: \"{relationId}\") {{ deletedId version errors {{ code }} }} }}", key: api.CuratorKey))["deleteRelation"]!.AsObject();
        Assert.Equal(relationId, Str(deleteRelation["deletedId"]));
        await api.QueryAsync(UpsertRelation, new JsonObject
        {
            ["input"] = new JsonObject
            {
                ["type"] = "SUPPORTS", ["from"] = "institute:api-test-lab", ["to"] = "company:api-test-packager", ["role"] = "testing",
                ["evidence"] = Evidence("API Test Lab tests packages."),
            },
        }, api.CuratorKey);
        JsonObject deleteEntity = (await api.QueryAsync("mutation { deleteEntity(id: \"company:api-test-packager\") { deletedId version errors { code } } }", key: api.CuratorKey))["deleteEntity"]!.AsObject();
        Assert.Empty(Arr(deleteEntity["errors"]));
        Assert.Equal("company:api-test-packager", Str(deleteEntity["deletedId"]));
        JsonObject gone = await api.QueryAsync("""
            { entity(id: "company:api-test-packager") { id } relation: node(id: "relation:supports:api-test-lab:api-test-packager") { id } lab: entity(id: "institute:api-test-lab") { degree } }
            """);
        Assert.Null(gone["entity"]);
        Assert.Null(gone["relation"]);
        Assert.Equal(0, Int(gone["lab"]!["degree"]));

        // The admin sees every write, newest first, with who did it.
        JsonObject audit = await api.QueryAsync("{ auditLog(first: 100) { at actor role operation ids version succeeded } }", key: api.AdminKey);
        List<string> operations = [.. Arr(audit["auditLog"]).Select(e => Str(e!["operation"]))];
        Assert.Equal(["deleteEntity", "upsertRelation", "deleteRelation", "upsertRelation", "upsertEntity", "upsertEntity", "upsertSource"], operations.Take(7));
        JsonNode newest = Arr(audit["auditLog"])[0]!;
        Assert.Equal("cora-curator", Str(newest["actor"]));
        Assert.Equal("curator", Str(newest["role"]));
        Assert.Equal(Str(deleteEntity["version"]), Str(newest["version"]));
        Assert.Contains("company:api-test-packager", Arr(newest["ids"]).Select(id => Str(id)));
        Assert.Contains("relation:supports:api-test-lab:api-test-packager", Arr(newest["ids"]).Select(id => Str(id)));
    }

    [Fact]
    public async Task Invalid_input_comes_back_as_user_errors_with_field_paths_and_codes()
    {
        string before = await VersionAsync();
        JsonObject missingEnd = (await api.QueryAsync(UpsertRelation, new JsonObject
        {
            ["input"] = new JsonObject
            {
                ["type"] = "LOCATED_IN", ["from"] = "company:amkor-technology-korea", ["to"] = "region:no-such-region",
                ["evidence"] = new JsonArray(new JsonObject { ["sourceId"] = "source:000_c60888581193d082", ["quote"] = "인천" }),
            },
        }, api.CuratorKey))["upsertRelation"]!.AsObject();
        Assert.Null(missingEnd["relation"]);
        Assert.Null(missingEnd["version"]);
        JsonNode error = Arr(missingEnd["errors"])[0]!;
        Assert.Equal("REFERENCE_MISSING", Str(error["code"]));
        Assert.Equal("input", Str(Arr(error["field"])[0]));

        JsonObject noEvidence = (await api.QueryAsync(UpsertRelation, new JsonObject
        {
            ["input"] = new JsonObject { ["type"] = "PARTNERS_WITH", ["from"] = "company:amkor-technology-korea", ["to"] = "institute:kitech", ["evidence"] = new JsonArray() },
        }, api.CuratorKey))["upsertRelation"]!.AsObject();
        Assert.Equal("EVIDENCE_REQUIRED", Str(Arr(noEvidence["errors"])[0]!["code"]));

        JsonObject foreign = (await api.QueryAsync(UpsertEntity, new JsonObject
        {
            ["input"] = new JsonObject
            {
                ["kind"] = "COMPANY", ["names"] = new JsonObject { ["en"] = "Foreign Attributes Co" },
                ["region"] = new JsonObject { ["level"] = "CITY" },
                ["evidence"] = new JsonArray(new JsonObject { ["sourceId"] = "source:000_c60888581193d082", ["quote"] = "x" }),
            },
        }, api.CuratorKey))["upsertEntity"]!.AsObject();
        JsonNode foreignError = Arr(foreign["errors"])[0]!;
        Assert.Equal("INVALID", Str(foreignError["code"]));
        Assert.Equal(["input", "region"], Arr(foreignError["field"]).Select(f => Str(f)));

        JsonObject wrongKind = (await api.QueryAsync(UpsertEntity, new JsonObject
        {
            ["input"] = new JsonObject
            {
                ["id"] = "region:incheon", ["kind"] = "COMPANY", ["names"] = new JsonObject { ["en"] = "Incheon" },
                ["evidence"] = new JsonArray(new JsonObject { ["sourceId"] = "source:000_c60888581193d082", ["quote"] = "인천" }),
            },
        }, api.CuratorKey))["upsertEntity"]!.AsObject();
        Assert.Equal("CONFLICT", Str(Arr(wrongKind["errors"])[0]!["code"]));

        JsonObject notFound = (await api.QueryAsync("mutation { deleteRelation(id: \"relation:nope\") { deletedId version errors { code } } }", key: api.CuratorKey))["deleteRelation"]!.AsObject();
        Assert.Null(notFound["deletedId"]);
        Assert.Equal("NOT_FOUND", Str(Arr(notFound["errors"])[0]!["code"]));

        Assert.Equal(before, await VersionAsync());
    }

    private async Task<string> VersionAsync() => Str((await api.QueryAsync("{ graphStats { version } }"))["graphStats"]!["version"]);

    private static JsonObject Source(string title) => new()
    {
        ["id"] = SourceId,
        ["title"] = title,
        ["publisher"] = "ClusterGraph tests",
        ["url"] = "https://example.org/api-test",
        ["publishedAt"] = "2026-11-01",
        ["lang"] = "KO",
    };

    private static JsonArray Evidence(string quote) => new(new JsonObject { ["sourceId"] = SourceId, ["quote"] = quote });
}
