namespace ClusterGraph.GraphQL.Language;

/// <summary>`$name: Type = default @directives` in an operation's variable list.</summary>
public sealed class VariableDefinitionNode : SyntaxNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;

    public required VariableNode Variable { get; init; }

    public required TypeNode Type { get; init; }

    public ValueNode? DefaultValue { get; init; }

    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }
}
