namespace ClusterGraph.GraphQL.Language;

/// <summary>`extend type Name implements A @directives { fields }`.</summary>
public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get => field ?? []; init; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get => field ?? []; init; }
}
