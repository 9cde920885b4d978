namespace ClusterGraph.GraphQL.Types;

/// <summary>An object type.</summary>
public sealed class ObjectType : ComplexType
{
    public ObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>Optional test used by abstract type resolution when a value carries no <c>__typename</c>.</summary>
    public Func<object?, bool>? IsTypeOf { get; internal set; }
}
