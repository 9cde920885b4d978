namespace ClusterGraph.GraphQL.Language;

/// <summary>An operation or a fragment definition.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    private protected ExecutableDefinitionNode()
    {
    }

    /// <summary>The directives applied to the definition.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get => field ?? []; init; }

    /// <summary>The selections of the definition.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}
