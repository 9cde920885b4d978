namespace ClusterGraph.GraphQL.Language;

/// <summary>`[ value... ]`.</summary>
public sealed class ListValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ListValue;

    public IReadOnlyList<ValueNode> Values { get => field ?? []; init; }
}
