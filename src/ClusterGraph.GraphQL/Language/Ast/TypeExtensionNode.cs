namespace ClusterGraph.GraphQL.Language;

/// <summary>An extension of a named type (`extend type`, `extend enum`, ...).</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    private protected TypeExtensionNode()
    {
    }

    /// <summary>The name of the extended type.</summary>
    public required NameNode Name { get; init; }
}
