namespace ClusterGraph.GraphQL.Types;

/// <summary>The kinds of type the spec names (and <c>__TypeKind</c> enumerates).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
