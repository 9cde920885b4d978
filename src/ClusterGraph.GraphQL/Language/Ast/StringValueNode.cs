namespace ClusterGraph.GraphQL.Language;

/// <summary>A string literal (quoted or block), with escapes resolved and block strings dedented.</summary>
public sealed class StringValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.StringValue;

    public required string Value { get; init; }

    public bool Block { get; init; }
}
