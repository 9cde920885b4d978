namespace ClusterGraph.GraphQL.Language;

/// <summary>`extend union Name @directives = A | B`.</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;

    public IReadOnlyList<NamedTypeNode> Types { get => field ?? []; init; }
}
