using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Utilities;

/// <summary>Resolves a type reference of the document against the schema (null when a name is unknown).</summary>
public static class TypeFromAst
{
    public static GraphQLType? Resolve(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => Resolve(schema, list.Type) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode nonNull => Resolve(schema, nonNull.Type) is { } inner && inner is not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };
}
