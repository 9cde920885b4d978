namespace ClusterGraph.GraphQL.Language;

/// <summary>`extend input Name @directives { fields }`.</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get => field ?? []; init; }
}
