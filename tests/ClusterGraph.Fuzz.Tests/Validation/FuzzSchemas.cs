using ClusterGraph.Fuzz.Tests.Harness;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.Fuzz.Tests.Validation;

/// <summary>
/// The schemas validation is fuzzed against: the served contract (schema/cluster-graph.graphql) and the
/// validation kitchen sink of the engine's conformance tests (interfaces of interfaces, unions, @oneOf
/// inputs, repeatable and custom directives, all three root types).
/// </summary>
internal static class FuzzSchemas
{
    private static readonly Lazy<Schema> s_contract = new(() =>
        SchemaBuilder.Build(File.ReadAllText(Path.Combine(RepoPaths.Root, "schema", "cluster-graph.graphql"))));

    private static readonly Lazy<Schema> s_kitchenSink = new(() => SchemaBuilder.Build(File.ReadAllText(
        Path.Combine(RepoPaths.Root, "tests", "ClusterGraph.GraphQL.Tests", "Conformance", "ValidationKitchenSink.graphql"))));

    public static Schema Contract => s_contract.Value;

    public static Schema KitchenSink => s_kitchenSink.Value;
}
