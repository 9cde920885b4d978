namespace ClusterGraph.GraphQL.Language;

/// <summary>`query: Query` inside a schema definition or extension.</summary>
public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;

    public OperationType Operation { get; init; }

    public required NamedTypeNode Type { get; init; }
}
