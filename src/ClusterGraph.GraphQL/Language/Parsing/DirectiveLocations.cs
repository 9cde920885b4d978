namespace ClusterGraph.GraphQL.Language;

/// <summary>The directive location names of the October 2021 spec (§3.13).</summary>
internal static class DirectiveLocations
{
    private static readonly HashSet<string> s_names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    public static bool IsKnown(string name) => s_names.Contains(name);
}
