namespace ClusterGraph.GraphQL.Language;

/// <summary>`directive @name(args) repeatable on LOCATION | ...`.</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get => field ?? []; init; }

    public bool Repeatable { get; init; }

    public IReadOnlyList<NameNode> Locations { get => field ?? []; init; }
}
