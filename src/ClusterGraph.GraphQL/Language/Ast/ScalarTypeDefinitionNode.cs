namespace ClusterGraph.GraphQL.Language;

/// <summary>`scalar Name @directives`.</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}
