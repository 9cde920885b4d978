using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Not a spec rule but part of graphql-js 16.11.0's <c>specifiedRules</c> (its "recommended" rule): under
/// <c>__schema</c> or <c>__type</c>, no path may pass through three of the introspection list fields
/// <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c>, <c>inputFields</c> (fragments followed, each at
/// most once per path). Searched with an explicit stack and a step budget: graphql-js's search is
/// exponential in fragment fan-out; past the budget the document is treated as too deep.
/// </summary>
public sealed class MaxIntrospectionDepthRule(ValidationContext context) : ValidationRule(context)
{
    private const int MaxListsDepth = 3;
    private const int MaxSteps = 100_000;
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.Field);

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        var field = (FieldNode)node;
        if (field.Name.Value is "__schema" or "__type" && ExceedsDepth(field))
        {
            Context.Report("Maximum introspection depth exceeded", field);
            return false;
        }

        return true;
    }

    private bool ExceedsDepth(FieldNode root)
    {
        var onPath = new HashSet<string>(StringComparer.Ordinal);

        // A null node marks leaving the fragment named by Exit: it is then off the current path again.
        var stack = new Stack<(SyntaxNode? Node, int Depth, string? Exit)>();
        stack.Push((root, 0, null));
        int steps = 0;
        while (stack.TryPop(out var item))
        {
            if (++steps > MaxSteps)
            {
                return true;
            }

            if (item.Node is null)
            {
                onPath.Remove(item.Exit!);
                continue;
            }

            int depth = item.Depth;
            SelectionSetNode? selectionSet;
            switch (item.Node)
            {
                case FragmentSpreadNode spread:
                    string name = spread.Name.Value;
                    if (onPath.Contains(name) || Context.GetFragment(name) is not { } fragment)
                    {
                        continue;
                    }

                    onPath.Add(name);
                    stack.Push((null, depth, name));
                    selectionSet = fragment.SelectionSet;
                    break;
                case FieldNode field:
                    if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxListsDepth)
                    {
                        return true;
                    }

                    selectionSet = field.SelectionSet;
                    break;
                case InlineFragmentNode inline:
                    selectionSet = inline.SelectionSet;
                    break;
                default:
                    continue;
            }

            if (selectionSet is not null)
            {
                for (int i = selectionSet.Selections.Count - 1; i >= 0; i--)
                {
                    stack.Push((selectionSet.Selections[i], depth, null));
                }
            }
        }

        return false;
    }
}
