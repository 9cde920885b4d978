namespace ClusterGraph.GraphQL.Language;

/// <summary>`extend schema @directives { query: Query ... }`.</summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;

    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get => field ?? []; init; }
}
