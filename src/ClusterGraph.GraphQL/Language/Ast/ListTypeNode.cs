namespace ClusterGraph.GraphQL.Language;

/// <summary>`[Type]`.</summary>
public sealed class ListTypeNode : TypeNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ListType;

    public required TypeNode Type { get; init; }
}
