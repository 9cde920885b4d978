namespace ClusterGraph.GraphQL.Language;

/// <summary>A whole GraphQL document: executable and type-system definitions.</summary>
public sealed class DocumentNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Document;

    public IReadOnlyList<DefinitionNode> Definitions { get => field ?? []; init; }
}
