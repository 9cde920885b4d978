namespace ClusterGraph.GraphQL.Language;

/// <summary>A field, fragment spread or inline fragment inside a selection set.</summary>
public abstract class SelectionNode : SyntaxNode
{
    private protected SelectionNode()
    {
    }

    /// <summary>The directives applied to the selection.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }
}
