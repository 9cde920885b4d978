namespace ClusterGraph.GraphQL.Language;

/// <summary>A name: `/[_A-Za-z][_0-9A-Za-z]*/`.</summary>
public sealed class NameNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Name;

    public required string Value { get; init; }
}
