namespace ClusterGraph.GraphQL.Language;

/// <summary>What a <see cref="SyntaxVisitor"/> wants done with the node it just entered or left.</summary>
public readonly struct VisitResult : IEquatable<VisitResult>
{
    private VisitResult(VisitAction action, SyntaxNode? replacement)
    {
        Action = action;
        Replacement = replacement;
    }

    /// <summary>Go on: into the children after <c>Enter</c>, to the next node after <c>Leave</c>.</summary>
    public static VisitResult Continue => default;

    /// <summary>Do not visit the children of the node just entered (its <c>Leave</c> is not called either).</summary>
    public static VisitResult Skip { get; } = new(VisitAction.Skip, null);

    /// <summary>Stop the whole traversal; edits made so far are kept.</summary>
    public static VisitResult Break { get; } = new(VisitAction.Break, null);

    /// <summary>Remove the node from its parent (only where the parent may lack it: a list item or an optional child).</summary>
    public static VisitResult Remove { get; } = new(VisitAction.Remove, null);

    public VisitAction Action { get; }

    /// <summary>The node to put in place of the current one, for <see cref="VisitAction.Replace"/>.</summary>
    public SyntaxNode? Replacement { get; }

    /// <summary>Put <paramref name="node"/> in place of the current node (after <c>Enter</c>, its children are visited next).</summary>
    public static VisitResult Replace(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new(VisitAction.Replace, node);
    }

    public bool Equals(VisitResult other) => Action == other.Action && ReferenceEquals(Replacement, other.Replacement);

    public override bool Equals(object? obj) => obj is VisitResult other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Action, Replacement);

    public static bool operator ==(VisitResult left, VisitResult right) => left.Equals(right);

    public static bool operator !=(VisitResult left, VisitResult right) => !left.Equals(right);
}

/// <summary>The kinds of <see cref="VisitResult"/>.</summary>
public enum VisitAction
{
    Continue,
    Skip,
    Break,
    Remove,
    Replace,
}
