using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    private protected NamedType(string name, string? description)
    {
        Name = name;
        Description = description;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    /// <summary>The SDL definition this type came from, if any.</summary>
    public TypeDefinitionNode? AstNode { get; internal set; }

    /// <summary>The SDL extensions applied to this type.</summary>
    public IReadOnlyList<TypeExtensionNode> ExtensionAstNodes => ExtensionNodes;

    internal List<TypeExtensionNode> ExtensionNodes { get; } = [];


    /// <summary>Whether this is one of the spec's types (built-in scalars and introspection types).</summary>
    public bool IsBuiltIn => BuiltInScalars.IsBuiltIn(this) || Introspection.IntrospectionTypes.IsIntrospectionType(Name);

    public override string ToString() => Name;
}
