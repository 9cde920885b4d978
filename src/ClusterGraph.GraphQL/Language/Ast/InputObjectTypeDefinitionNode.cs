namespace ClusterGraph.GraphQL.Language;

/// <summary>`input Name @directives { fields }`.</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get => field ?? []; init; }
}
