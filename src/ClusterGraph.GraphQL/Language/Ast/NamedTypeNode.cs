namespace ClusterGraph.GraphQL.Language;

/// <summary>A type reference by name.</summary>
public sealed class NamedTypeNode : TypeNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    public required NameNode Name { get; init; }
}
