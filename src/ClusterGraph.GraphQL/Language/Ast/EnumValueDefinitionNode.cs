namespace ClusterGraph.GraphQL.Language;

/// <summary>One value of an enum type definition.</summary>
public sealed class EnumValueDefinitionNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }
}
