namespace ClusterGraph.GraphQL.Language;

/// <summary>An argument or input field definition: `name: Type = default @directives`.</summary>
public sealed class InputValueDefinitionNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;

    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }
}
