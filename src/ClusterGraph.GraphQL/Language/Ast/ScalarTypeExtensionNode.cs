namespace ClusterGraph.GraphQL.Language;

/// <summary>`extend scalar Name @directives`.</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}
