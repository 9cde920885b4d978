using ClusterGraph.GraphQL.Execution;

namespace ClusterGraph.GraphQL.Types;

/// <summary>A union of object types.</summary>
public sealed class UnionType : NamedType
{
    private readonly List<ObjectType> _types = [];

    public UnionType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types => _types;

    /// <summary>Optional: names the object type of a value; else the default type resolver is used.</summary>
    public TypeResolver? ResolveType { get; internal set; }

    internal void AddType(ObjectType type) => _types.Add(type);
}
