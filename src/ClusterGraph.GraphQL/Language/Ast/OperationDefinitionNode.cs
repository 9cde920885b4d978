namespace ClusterGraph.GraphQL.Language;

/// <summary>An operation: `query`, `mutation`, `subscription`, or the `{ ... }` shorthand.</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    public OperationType Operation { get; init; }

    public NameNode? Name { get; init; }

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get => field ?? []; init; }
}
