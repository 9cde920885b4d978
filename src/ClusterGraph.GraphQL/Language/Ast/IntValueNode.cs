namespace ClusterGraph.GraphQL.Language;

/// <summary>An integer literal, kept as written.</summary>
public sealed class IntValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.IntValue;

    public required string Value { get; init; }
}
