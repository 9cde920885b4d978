using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Tests.Conformance;

/// <summary>The two schemas validation is tested against: the validation kitchen sink and the public contract.</summary>
internal static class ValidationSchemas
{
    private static readonly Lazy<string> s_kitchenSinkSdl = new(() =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "ClusterGraph.GraphQL.Tests", "Conformance", "ValidationKitchenSink.graphql")));

    private static readonly Lazy<string> s_contractSdl = new(() =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "..", "shared", "contract", "cluster-graph.graphql")));

    private static readonly Lazy<Schema> s_kitchenSink = new(() => SchemaBuilder.Build(s_kitchenSinkSdl.Value));
    private static readonly Lazy<Schema> s_contract = new(() => SchemaBuilder.Build(s_contractSdl.Value));

    public static string KitchenSinkSdl => s_kitchenSinkSdl.Value;

    public static string ContractSdl => s_contractSdl.Value;

    public static Schema KitchenSink => s_kitchenSink.Value;

    public static Schema Contract => s_contract.Value;

    public static Schema ByKey(string key) => key == "contract" ? Contract : KitchenSink;

    public static string SdlByKey(string key) => key == "contract" ? ContractSdl : KitchenSinkSdl;
}
