namespace ClusterGraph.GraphQL.Language;

/// <summary>A schema extension or a type extension.</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode
{
    private protected TypeSystemExtensionNode()
    {
    }

    /// <summary>The directives the extension adds.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }
}
