using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Types;

/// <summary>
/// A default value given to an argument or input field whose type is an output type (an error schema
/// validation reports later): graphql-js's buildSchema converts defaults while building (valueFromAST),
/// and that conversion fails outright with "Unexpected input type" when it reaches the output type with a
/// non-null value. This walks the value as that conversion does, so the same SDL fails the same way.
/// </summary>
internal static class OutputTypeDefaults
{
    private const int MaxDepth = 1_000;

    private enum Outcome
    {
        Converted,
        Invalid,
        Fails,
    }

    /// <summary>The error graphql-js's build throws for this default, or null when it has none.</summary>
    public static GraphQLError? Check(ValueNode value, GraphQLType type)
    {
        NamedType named = type.GetNamedType();
        return !type.IsInputType && Walk(value, type, depth: 0) == Outcome.Fails
            ? new GraphQLError($"Unexpected input type: {named.Name}")
            : null;
    }

    private static Outcome Walk(ValueNode value, GraphQLType type, int depth)
    {
        if (type is NonNullType nonNull)
        {
            return value is NullValueNode ? Outcome.Invalid : Walk(value, nonNull.OfType, depth);
        }

        if (value is NullValueNode)
        {
            return Outcome.Converted;
        }

        if (type is not ListType list)
        {
            return Outcome.Fails;
        }

        // Type nesting is bounded by the parser's depth limit already; this guard makes the bound local.
        if (depth > MaxDepth)
        {
            return Outcome.Invalid;
        }

        if (value is not ListValueNode items)
        {
            return Walk(value, list.OfType, depth + 1);
        }

        // The conversion stops at the first item it cannot convert.
        foreach (ValueNode item in items.Values)
        {
            Outcome outcome = Walk(item, list.OfType, depth + 1);
            if (outcome != Outcome.Converted)
            {
                return outcome;
            }
        }

        return Outcome.Converted;
    }
}
