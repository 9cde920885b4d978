namespace ClusterGraph.GraphQL.Language;

/// <summary>`...FragmentName @directives`.</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    public required NameNode Name { get; init; }
}
