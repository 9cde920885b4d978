namespace ClusterGraph.GraphQL.Language;

/// <summary>`null`.</summary>
public sealed class NullValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}
