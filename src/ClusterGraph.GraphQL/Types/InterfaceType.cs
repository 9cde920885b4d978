using ClusterGraph.GraphQL.Execution;

namespace ClusterGraph.GraphQL.Types;

/// <summary>An interface type (which may itself implement interfaces).</summary>
public sealed class InterfaceType : ComplexType
{
    public InterfaceType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Interface;

    /// <summary>Optional: names the object type of a value; else the default type resolver is used.</summary>
    public TypeResolver? ResolveType { get; internal set; }
}
