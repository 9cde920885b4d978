namespace ClusterGraph.GraphQL.Language;

/// <summary>A top-level definition of a document: executable, type-system definition or extension.</summary>
public abstract class DefinitionNode : SyntaxNode
{
    private protected DefinitionNode()
    {
    }
}
