namespace ClusterGraph.GraphQL.Language;

/// <summary>`extend interface Name implements A @directives { fields }`.</summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get => field ?? []; init; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get => field ?? []; init; }
}
