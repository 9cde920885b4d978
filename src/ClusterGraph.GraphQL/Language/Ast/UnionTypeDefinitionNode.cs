namespace ClusterGraph.GraphQL.Language;

/// <summary>`union Name @directives = A | B`.</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Types { get => field ?? []; init; }
}
