namespace ClusterGraph.GraphQL.Language;

/// <summary>`name: value` in a field's or directive's argument list.</summary>
public sealed class ArgumentNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Argument;

    public required NameNode Name { get; init; }

    public required ValueNode Value { get; init; }
}
