using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation;

/// <summary>
/// The names used more than once in a list of named nodes, each with every occurrence, in order of first
/// appearance (graphql-js's <c>groupBy</c> as its uniqueness rules use it).
/// </summary>
internal static class RepeatedNames
{
    public static List<(string Name, List<SyntaxNode> Nodes)> Find<T>(IReadOnlyList<T> items, Func<T, NameNode> nameOf)
    {
        var groups = new List<(string Name, List<SyntaxNode> Nodes)>();
        if (items.Count < 2)
        {
            return groups;
        }

        var indexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (T item in items)
        {
            NameNode name = nameOf(item);
            if (!indexByName.TryGetValue(name.Value, out int index))
            {
                index = groups.Count;
                indexByName[name.Value] = index;
                groups.Add((name.Value, []));
            }

            groups[index].Nodes.Add(name);
        }

        groups.RemoveAll(g => g.Nodes.Count < 2);
        return groups;
    }
}
