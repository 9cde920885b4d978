using System.Text.Json.Nodes;
using ClusterGraph.Api.GraphQL;
using ClusterGraph.Api.Tests.Infrastructure;
using static ClusterGraph.Api.Tests.Infrastructure.Json;

namespace ClusterGraph.Api.Tests;

/// <summary>The schema file is what the server serves, as graphql-js sees both.</summary>
[Collection(SeedApiCollection.Name)]
public sealed class SchemaTests(SeedApi api)
{
    /// <summary>Every root field of the served schema, each exercised over HTTP by the named test class.</summary>
    private static readonly Dictionary<string, string> s_exercised = new(StringComparer.Ordinal)
    {
        ["Query.node"] = nameof(NodeTests),
        ["Query.nodes"] = nameof(NodeTests),
        ["Query.entity"] = nameof(ListTests),
        ["Query.entities"] = nameof(ListTests),
        ["Query.search"] = nameof(SearchTests),
        ["Query.regions"] = nameof(ListTests),
        ["Query.industries"] = nameof(ListTests),
        ["Query.valueChain"] = nameof(AnalyticsTests),
        ["Query.coverage"] = nameof(AnalyticsTests),
        ["Query.clusters"] = nameof(AnalyticsTests),
        ["Query.path"] = nameof(GraphWalkTests),
        ["Query.paths"] = nameof(GraphWalkTests),
        ["Query.ecosystem"] = nameof(GraphWalkTests),
        ["Query.partnerSuggestions"] = nameof(GraphWalkTests),
        ["Query.clusterMap"] = nameof(ClusterMapTests),
        ["Query.initiatives"] = nameof(ListTests),
        ["Query.sources"] = nameof(ListTests),
        ["Query.graphStats"] = nameof(ListTests),
        ["Query.auditLog"] = nameof(MutationTests),
        ["Mutation.upsertSource"] = nameof(MutationTests),
        ["Mutation.upsertEntity"] = nameof(MutationTests),
        ["Mutation.upsertRelation"] = nameof(MutationTests),
        ["Mutation.deleteEntity"] = nameof(MutationTests),
        ["Mutation.deleteRelation"] = nameof(MutationTests),
        ["Subscription.graphChanged"] = nameof(GraphChangedTests),
    };

    [Fact]
    public async Task Served_schema_prints_the_same_as_the_schema_file_through_graphql_js()
    {
        // graphql-js's own introspection query (every option on), sent to the server, read back with buildClientSchema.
        IReadOnlyList<JsonObject> query = await NodeChecks.RunAsync(new JsonObject { ["op"] = "schema", ["introspectionQuery"] = true });
        JsonObject introspection = await api.QueryAsync(Str(query[0]["query"]));

        string file = await File.ReadAllTextAsync(RepoPaths.SchemaFile);
        IReadOnlyList<JsonObject> printed = await NodeChecks.RunAsync(
            new JsonObject { ["op"] = "schema", ["introspection"] = introspection.DeepClone() },
            new JsonObject { ["op"] = "schema", ["sdl"] = file });
        Assert.Null(printed[0]["error"]);
        Assert.Null(printed[1]["error"]);
        Assert.Equal(Str(printed[1]["printed"]), Str(printed[0]["printed"]));

        // And the assembly embeds the file as it is in the repository.
        Assert.Equal(file, ClusterGraphSchema.Sdl);
    }

    [Fact]
    public async Task Every_root_field_is_exercised_by_a_test()
    {
        JsonObject data = await api.QueryAsync("""
            { q: __type(name: "Query") { fields { name } } m: __type(name: "Mutation") { fields { name } } s: __type(name: "Subscription") { fields { name } } }
            """);
        List<string> served =
        [
            .. Arr(data["q"]!["fields"]).Select(f => "Query." + Str(f!["name"])),
            .. Arr(data["m"]!["fields"]).Select(f => "Mutation." + Str(f!["name"])),
            .. Arr(data["s"]!["fields"]).Select(f => "Subscription." + Str(f!["name"])),
        ];
        Assert.Equal(s_exercised.Keys.Order(StringComparer.Ordinal), served.Order(StringComparer.Ordinal));
    }
}
