using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.AspNetCore.Engine;

/// <summary>Finds <c>__schema</c> / <c>__type</c> among an operation's root fields, through fragments.</summary>
internal static class IntrospectionFinder
{
    private const int MaxFragmentNesting = 64;

    /// <summary>The first root-level introspection field of <paramref name="operation"/>, or null.</summary>
    public static FieldNode? Find(DocumentNode document, OperationDefinitionNode operation)
    {
        Dictionary<string, FragmentDefinitionNode> fragments = document.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return Find(operation.SelectionSet, fragments, new HashSet<string>(StringComparer.Ordinal), 0);
    }

    private static FieldNode? Find(SelectionSetNode selections, Dictionary<string, FragmentDefinitionNode> fragments, HashSet<string> visited, int depth)
    {
        if (depth > MaxFragmentNesting)
        {
            // Deeper than any sensible document; validation rejects such nesting on its own.
            return null;
        }

        foreach (SelectionNode selection in selections.Selections)
        {
            FieldNode? found = selection switch
            {
                FieldNode { Name.Value: "__schema" or "__type" } field => field,
                InlineFragmentNode inline => Find(inline.SelectionSet, fragments, visited, depth + 1),
                FragmentSpreadNode spread when visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out FragmentDefinitionNode? fragment)
                    => Find(fragment.SelectionSet, fragments, visited, depth + 1),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }
}
