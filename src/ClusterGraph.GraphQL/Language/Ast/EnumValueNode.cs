namespace ClusterGraph.GraphQL.Language;

/// <summary>An enum literal: a name other than `true`, `false`, `null`.</summary>
public sealed class EnumValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    public required string Value { get; init; }
}
