using ClusterGraph.GraphQL.Execution;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Types;

/// <summary>A field of an object or interface type, with its arguments and bound resolver.</summary>
public sealed class FieldDefinition
{
    private readonly List<InputValueDefinition> _arguments = [];

    public FieldDefinition(string name, GraphQLType type, string? description = null)
    {
        Name = name;
        Type = type;
        Description = description;
    }

    public string Name { get; }

    public GraphQLType Type { get; internal set; }

    public string? Description { get; internal set; }

    public IReadOnlyList<InputValueDefinition> Arguments => _arguments;

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The resolver bound to this field; null means the default resolver (property/key of the parent).</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>For subscription root fields: produces the event stream.</summary>
    public SubscriptionResolver? Subscriber { get; internal set; }

    public FieldDefinitionNode? AstNode { get; internal set; }

    public InputValueDefinition? GetArgument(string name) => _arguments.Find(a => a.Name == name);

    internal void AddArgument(InputValueDefinition argument) => _arguments.Add(argument);
}
