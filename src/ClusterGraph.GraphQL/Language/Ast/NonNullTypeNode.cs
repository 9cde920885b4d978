namespace ClusterGraph.GraphQL.Language;

/// <summary>`Type!` (the inner type is a named or list type).</summary>
public sealed class NonNullTypeNode : TypeNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    public required TypeNode Type { get; init; }
}
