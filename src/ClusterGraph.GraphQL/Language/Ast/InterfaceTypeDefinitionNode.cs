namespace ClusterGraph.GraphQL.Language;

/// <summary>`interface Name implements A & B @directives { fields }`.</summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get => field ?? []; init; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get => field ?? []; init; }
}
