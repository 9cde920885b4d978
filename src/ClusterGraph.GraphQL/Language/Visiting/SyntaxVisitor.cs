using System.Runtime.CompilerServices;

namespace ClusterGraph.GraphQL.Language;

/// <summary>
/// Walks a syntax tree depth-first, calling <see cref="Enter"/> before a node's children and
/// <see cref="Leave"/> after them, in source order (graphql-js's <c>visit</c>). Each call can skip a
/// subtree, stop the walk, remove the node or replace it; <see cref="Visit"/> returns the edited tree,
/// rebuilding only the nodes on the path to an edit (the tree itself is immutable).
/// </summary>
public abstract partial class SyntaxVisitor
{
    private readonly List<SyntaxNode> _ancestors = [];
    private bool _stopped;

    /// <summary>The nodes above the current one, root first (their original, unedited versions).</summary>
    protected IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    /// <summary>Called before a node's children.</summary>
    protected virtual VisitResult Enter(SyntaxNode node) => VisitResult.Continue;

    /// <summary>Called after a node's children (with the node as rebuilt from its edited children).</summary>
    protected virtual VisitResult Leave(SyntaxNode node) => VisitResult.Continue;

    /// <summary>Walks the tree under <paramref name="root"/>; returns it edited, or null when the root itself was removed.</summary>
    /// <exception cref="InsufficientExecutionStackException">The tree nests too deeply to walk.</exception>
    public SyntaxNode? Visit(SyntaxNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        _ancestors.Clear();
        _stopped = false;
        return VisitNode(root);
    }

    private SyntaxNode? VisitNode(SyntaxNode node)
    {
        if (_stopped)
        {
            return node;
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        VisitResult entered = Enter(node);
        switch (entered.Action)
        {
            case VisitAction.Skip:
                return node;
            case VisitAction.Break:
                _stopped = true;
                return node;
            case VisitAction.Remove:
                return null;
            case VisitAction.Replace:
                node = entered.Replacement!;
                break;
        }

        _ancestors.Add(node);
        SyntaxNode rebuilt = VisitChildren(node);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        if (_stopped)
        {
            return rebuilt;
        }

        VisitResult left = Leave(rebuilt);
        switch (left.Action)
        {
            case VisitAction.Break:
                _stopped = true;
                return rebuilt;
            case VisitAction.Remove:
                return null;
            case VisitAction.Replace:
                return left.Replacement;
            default:
                return rebuilt;
        }
    }

    /// <summary>Visits an optional child; the same instance back when nothing changed.</summary>
    private T? Optional<T>(T? child)
        where T : SyntaxNode
    {
        if (child is null)
        {
            return null;
        }

        SyntaxNode? result = VisitNode(child);
        return result is null ? null : Cast<T>(result);
    }

    /// <summary>Visits a required child, which may be replaced but not removed.</summary>
    private T Required<T>(T child)
        where T : SyntaxNode
    {
        SyntaxNode? result = VisitNode(child);
        return result is null
            ? throw new InvalidOperationException($"A {child.Kind} node cannot be removed from its parent ({_ancestors[^1].Kind}).")
            : Cast<T>(result);
    }

    /// <summary>Visits list items; removed items drop out. The same list back when nothing changed.</summary>
    private IReadOnlyList<T> Many<T>(IReadOnlyList<T> items)
        where T : SyntaxNode
    {
        List<T>? edited = null;
        for (int i = 0; i < items.Count; i++)
        {
            SyntaxNode? result = VisitNode(items[i]);
            if (edited is null && !ReferenceEquals(result, items[i]))
            {
                edited = new List<T>(items.Count);
                for (int j = 0; j < i; j++)
                {
                    edited.Add(items[j]);
                }
            }

            if (edited is not null && result is not null)
            {
                edited.Add(Cast<T>(result));
            }
        }

        return edited is null ? items : edited.ToArray();
    }

    private T Cast<T>(SyntaxNode node)
        where T : SyntaxNode
        => node as T ?? throw new InvalidOperationException(
            $"A {node.Kind} node cannot stand where a {typeof(T).Name} is expected (under {_ancestors[^1].Kind}).");

    private static bool Same<T>(T? before, T? after)
        where T : class
        => ReferenceEquals(before, after);
}
