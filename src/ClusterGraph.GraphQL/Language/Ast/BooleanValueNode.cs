namespace ClusterGraph.GraphQL.Language;

/// <summary>`true` or `false`.</summary>
public sealed class BooleanValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    public bool Value { get; init; }
}
