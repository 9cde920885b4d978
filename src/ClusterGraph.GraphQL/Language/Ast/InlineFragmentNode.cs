namespace ClusterGraph.GraphQL.Language;

/// <summary>`... on Type @directives { ... }` (the type condition is optional).</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    public NamedTypeNode? TypeCondition { get; init; }

    public required SelectionSetNode SelectionSet { get; init; }
}
