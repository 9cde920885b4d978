using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragments Must Be Used (https://spec.graphql.org/October2021/#sec-Fragments-Must-Be-Used):
/// "For each fragment defined in the document: fragment must be the target of at least one spread in the
/// document." (graphql-js counts only spreads reachable from an operation.)
/// </summary>
public sealed class NoUnusedFragmentsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition);
    private static readonly KindSet s_leave = KindSet.Of(SyntaxKind.Document);
    private readonly List<OperationDefinitionNode> _operations = [];
    private readonly List<FragmentDefinitionNode> _fragments = [];

    public override KindSet EnterKinds => s_enter;

    public override KindSet LeaveKinds => s_leave;

    public override bool Enter(SyntaxNode node)
    {
        if (node is OperationDefinitionNode operation)
        {
            _operations.Add(operation);
        }
        else
        {
            _fragments.Add((FragmentDefinitionNode)node);
        }

        return false;
    }

    public override void Leave(SyntaxNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (OperationDefinitionNode operation in _operations)
        {
            foreach (FragmentDefinitionNode fragment in Context.GetRecursivelyReferencedFragments(operation))
            {
                used.Add(fragment.Name.Value);
            }
        }

        foreach (FragmentDefinitionNode fragment in _fragments)
        {
            if (!used.Contains(fragment.Name.Value))
            {
                Context.Report($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }
}
