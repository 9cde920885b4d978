namespace ClusterGraph.GraphQL.Language;

/// <summary>A schema, type or directive definition.</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
    private protected TypeSystemDefinitionNode()
    {
    }
}
