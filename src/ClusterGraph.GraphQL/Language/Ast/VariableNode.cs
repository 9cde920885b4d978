namespace ClusterGraph.GraphQL.Language;

/// <summary>A variable reference `$name`.</summary>
public sealed class VariableNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Variable;

    public required NameNode Name { get; init; }
}
