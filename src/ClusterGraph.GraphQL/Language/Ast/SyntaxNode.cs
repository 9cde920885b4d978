namespace ClusterGraph.GraphQL.Language;

/// <summary>
/// A node of the immutable GraphQL syntax tree. Shapes follow graphql-js's AST (kinds, field names),
/// so the printed form and the JSON form of a tree can be compared with graphql-js's directly.
/// List properties read as empty when not set; the empty list is not stored at construction, since
/// the parser sets every list anyway and each store into a new node costs a GC write barrier.
/// </summary>
public abstract class SyntaxNode
{
    /// <summary>What this node is; one value per concrete node class.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>Where the node was in the source; null when parsed with <see cref="ParserOptions.NoLocation"/> or built by code.</summary>
    public Location? Location { get; init; }
}
