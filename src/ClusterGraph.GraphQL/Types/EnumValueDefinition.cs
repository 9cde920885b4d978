using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Types;

/// <summary>One value of an enum: its name, and the internal value resolvers see (the name unless bound).</summary>
public sealed class EnumValueDefinition
{
    public EnumValueDefinition(string name, string? description = null, string? deprecationReason = null, object? value = null)
    {
        Name = name;
        Description = description;
        DeprecationReason = deprecationReason;
        Value = value ?? name;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    /// <summary>Non-null when the value is deprecated (<c>@deprecated</c>).</summary>
    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The internal value: arguments carry it to resolvers, and results are matched against it.</summary>
    public object Value { get; internal set; }

    public EnumValueDefinitionNode? AstNode { get; internal set; }
}
