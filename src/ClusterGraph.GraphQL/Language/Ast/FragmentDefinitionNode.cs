namespace ClusterGraph.GraphQL.Language;

/// <summary>`fragment Name on Type @directives { ... }`.</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    public required NameNode Name { get; init; }

    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get => field ?? []; init; }

    public required NamedTypeNode TypeCondition { get; init; }
}
