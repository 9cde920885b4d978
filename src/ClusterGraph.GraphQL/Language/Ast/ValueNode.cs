namespace ClusterGraph.GraphQL.Language;

/// <summary>An input value literal or a variable reference.</summary>
public abstract class ValueNode : SyntaxNode
{
    private protected ValueNode()
    {
    }
}
