namespace ClusterGraph.GraphQL.Language;

/// <summary>A named type definition (scalar, object, interface, union, enum, input object).</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    private protected TypeDefinitionNode()
    {
    }

    /// <summary>The description string before the definition, if any.</summary>
    public StringValueNode? Description { get; init; }

    /// <summary>The type's name.</summary>
    public required NameNode Name { get; init; }

    /// <summary>The directives applied to the type.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }
}
