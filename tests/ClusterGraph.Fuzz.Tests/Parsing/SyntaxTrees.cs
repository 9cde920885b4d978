using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.Fuzz.Tests.Parsing;

/// <summary>
/// Walks syntax trees without recursion (a fuzzed tree may nest hundreds of levels): every node under a
/// root, and the first place where two trees differ when locations are ignored.
/// </summary>
internal static class SyntaxTrees
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> s_properties = new();

    /// <summary>The root and every node under it.</summary>
    public static List<SyntaxNode> Nodes(SyntaxNode root)
    {
        var nodes = new List<SyntaxNode>();
        var pending = new Stack<SyntaxNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            SyntaxNode node = pending.Pop();
            nodes.Add(node);
            foreach (PropertyInfo property in PropertiesOf(node.GetType()))
            {
                switch (property.GetValue(node))
                {
                    case SyntaxNode child:
                        pending.Push(child);
                        break;
                    case IEnumerable list and not string:
                        foreach (SyntaxNode item in list)
                        {
                            pending.Push(item);
                        }

                        break;
                }
            }
        }

        return nodes;
    }

    /// <summary>Null when the trees are equal apart from locations; else where and how they differ.</summary>
    public static string? FirstDifference(SyntaxNode expected, SyntaxNode actual)
    {
        var pending = new Stack<(SyntaxNode Expected, SyntaxNode Actual, string Path)>();
        pending.Push((expected, actual, expected.Kind.ToString()));
        while (pending.Count > 0)
        {
            (SyntaxNode a, SyntaxNode b, string path) = pending.Pop();
            if (a.GetType() != b.GetType())
            {
                return $"{path}: {a.Kind} became {b.Kind}";
            }

            foreach (PropertyInfo property in PropertiesOf(a.GetType()))
            {
                object? left = property.GetValue(a);
                object? right = property.GetValue(b);
                string here = path + "." + property.Name;
                switch (left)
                {
                    case SyntaxNode child when right is SyntaxNode other:
                        pending.Push((child, other, here));
                        break;
                    case IEnumerable list and not string when right is IEnumerable otherList:
                        SyntaxNode[] items = list.Cast<SyntaxNode>().ToArray();
                        SyntaxNode[] otherItems = otherList.Cast<SyntaxNode>().ToArray();
                        if (items.Length != otherItems.Length)
                        {
                            return $"{here}: {items.Length} items became {otherItems.Length}";
                        }

                        for (int i = 0; i < items.Length; i++)
                        {
                            pending.Push((items[i], otherItems[i], $"{here}[{i}]"));
                        }

                        break;
                    default:
                        if (!Equals(left, right))
                        {
                            return $"{here}: {Show(left)} became {Show(right)}";
                        }

                        break;
                }
            }
        }

        return null;
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => "\"" + text.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal) + "\"",
        _ => value.ToString() ?? string.Empty,
    };

    private static PropertyInfo[] PropertiesOf(Type type) => s_properties.GetOrAdd(type, static t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.Name is not (nameof(SyntaxNode.Kind) or nameof(SyntaxNode.Location)))
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .ToArray());
}
