namespace ClusterGraph.GraphQL.Language;

/// <summary>`{ name: value... }`.</summary>
public sealed class ObjectValueNode : ValueNode
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    public IReadOnlyList<ObjectFieldNode> Fields { get => field ?? []; init; }
}
