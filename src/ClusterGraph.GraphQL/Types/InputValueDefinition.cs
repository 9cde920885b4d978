using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Types;

/// <summary>An argument (of a field or directive) or an input object field.</summary>
public sealed class InputValueDefinition
{
    public InputValueDefinition(string name, GraphQLType type, string? description = null)
    {
        Name = name;
        Type = type;
        Description = description;
    }

    public string Name { get; }

    public GraphQLType Type { get; internal set; }

    public string? Description { get; internal set; }

    /// <summary>Whether a default value was declared (a declared <c>null</c> default counts).</summary>
    public bool HasDefaultValue { get; internal set; }

    /// <summary>The declared default, already coerced to its internal value.</summary>
    public object? DefaultValue { get; internal set; }

    /// <summary>The default as written in SDL, if it came from SDL.</summary>
    public ValueNode? DefaultValueNode { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public InputValueDefinitionNode? AstNode { get; internal set; }

    /// <summary>A non-null type without a default: must be provided.</summary>
    public bool IsRequired => Type.IsNonNull && !HasDefaultValue;
}
