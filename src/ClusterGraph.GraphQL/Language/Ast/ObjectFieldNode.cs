namespace ClusterGraph.GraphQL.Language;

/// <summary>`name: value` inside an object literal.</summary>
public sealed class ObjectFieldNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
