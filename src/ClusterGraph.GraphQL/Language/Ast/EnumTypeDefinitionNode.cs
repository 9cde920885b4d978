namespace ClusterGraph.GraphQL.Language;

/// <summary>`enum Name @directives { VALUES }`.</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get => field ?? []; init; }
}
