namespace ClusterGraph.GraphQL.Language;

/// <summary>`@name(args)`.</summary>
public sealed class DirectiveNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Directive;

    public required NameNode Name { get; init; }

    public IReadOnlyList<ArgumentNode> Arguments { get => field ?? []; init; }
}
