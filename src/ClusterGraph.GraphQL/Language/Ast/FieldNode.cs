namespace ClusterGraph.GraphQL.Language;

/// <summary>A field selection `alias: name(args) @directives { ... }`.</summary>
public sealed class FieldNode : SelectionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Field;

    public NameNode? Alias { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get => field ?? []; init; }

    public SelectionSetNode? SelectionSet { get; init; }
}
