namespace ClusterGraph.GraphQL.Language;

/// <summary>`schema @directives { query: Query ... }`.</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    public StringValueNode? Description { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get => field ?? []; init; }
}
