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

    private bool _hasDefaultValue;
    private object? _defaultValue;
    private int _defaultState; // 0: given directly or none, 1: literal pending, 2: coercing, 3: coerced

    /// <summary>Whether a default value was declared (a declared <c>null</c> default counts).</summary>
    public bool HasDefaultValue
    {
        get
        {
            ResolveDefault();
            return _hasDefaultValue;
        }

        internal set => _hasDefaultValue = value;
    }

    /// <summary>The declared default, already coerced to its internal value.</summary>
    public object? DefaultValue
    {
        get
        {
            ResolveDefault();
            return _defaultValue;
        }

        internal set => _defaultValue = value;
    }

    /// <summary>
    /// Sets the SDL default, coerced on first use: an input object's default may depend on the
    /// defaults of its fields, which may be declared later in the document.
    /// </summary>
    internal void SetDefaultLiteral(ValueNode literal)
    {
        DefaultValueNode = literal;
        _defaultState = 1;
    }

    private void ResolveDefault()
    {
        if (_defaultState != 1)
        {
            return;
        }

        // A default that (through field defaults) refers back to itself has no value, as graphql-js would loop.
        _defaultState = 2;
        if (Utilities.ValueFromAst.TryCoerce(DefaultValueNode!, Type, null, out object? value))
        {
            _hasDefaultValue = true;
            _defaultValue = value;
        }

        _defaultState = 3;
    }

    /// <summary>The default as written in SDL, if it came from SDL.</summary>
    public ValueNode? DefaultValueNode { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public InputValueDefinitionNode? AstNode { get; internal set; }

    /// <summary>A non-null type without a default: must be provided.</summary>
    public bool IsRequired => Type.IsNonNull && !HasDefaultValue;
}
