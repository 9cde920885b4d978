using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Types;

/// <summary>A directive the schema declares (built-in or custom).</summary>
public sealed class DirectiveDefinition
{
    private readonly List<InputValueDefinition> _arguments = [];

    public DirectiveDefinition(string name, IReadOnlyList<DirectiveLocation> locations, string? description = null, bool isRepeatable = false)
    {
        Name = name;
        Locations = locations;
        Description = description;
        IsRepeatable = isRepeatable;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public bool IsRepeatable { get; }

    public IReadOnlyList<InputValueDefinition> Arguments => _arguments;

    public DirectiveDefinitionNode? AstNode { get; internal set; }

    /// <summary>Whether this is one of the spec's directives (@include, @skip, @deprecated, @specifiedBy, @oneOf).</summary>
    public bool IsBuiltIn => BuiltInDirectives.IsBuiltIn(Name);

    public InputValueDefinition? GetArgument(string name) => _arguments.Find(a => a.Name == name);

    internal void AddArgument(InputValueDefinition argument) => _arguments.Add(argument);
}
