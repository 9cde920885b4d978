namespace ClusterGraph.GraphQL.Language;

/// <summary>`extend enum Name @directives { VALUES }`.</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get => field ?? []; init; }
}
