namespace ClusterGraph.GraphQL.Types;

/// <summary>Converts directive locations to and from the spec's names (<c>FIELD_DEFINITION</c>…).</summary>
public static class DirectiveLocations
{
    private static readonly string[] s_names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    public static string ToSpecName(this DirectiveLocation location) => s_names[(int)location];

    public static bool TryParse(string name, out DirectiveLocation location)
    {
        int index = Array.IndexOf(s_names, name);
        location = (DirectiveLocation)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>Whether the location is one of an executable document (query, field, fragment…).</summary>
    public static bool IsExecutable(this DirectiveLocation location) => location <= DirectiveLocation.VariableDefinition;
}
