namespace ClusterGraph.GraphQL.Language;

/// <summary>`type Name implements A & B @directives { fields }`.</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get => field ?? []; init; }

    public IReadOnlyList<FieldDefinitionNode> Fields { get => field ?? []; init; }
}
