namespace ClusterGraph.GraphQL.Language;

/// <summary>`{ selection... }`.</summary>
public sealed class SelectionSetNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;

    public IReadOnlyList<SelectionNode> Selections { get => field ?? []; init; }
}
