namespace ClusterGraph.GraphQL.Language;

/// <summary>A field of an object or interface type: `name(args): Type @directives`.</summary>
public sealed class FieldDefinitionNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get => field ?? []; init; }

    public required TypeNode Type { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }
}
