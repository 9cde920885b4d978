using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Types;

/// <summary>An enum type with graphql-js's coercion rules and messages.</summary>
public sealed class EnumType : NamedType
{
    private readonly List<EnumValueDefinition> _values = [];
    private readonly Dictionary<string, EnumValueDefinition> _byName = new(StringComparer.Ordinal);
    private Dictionary<object, EnumValueDefinition>? _byValue;

    public EnumType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValueDefinition> Values => _values;

    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    internal void AddValue(EnumValueDefinition value)
    {
        _values.Add(value);
        _byName.TryAdd(value.Name, value);
        _byValue = null;
    }

    /// <summary>Result coercion: an internal value (or, for CLR enums and JSON, a name) → the value's name.</summary>
    public string Serialize(object? value)
    {
        Dictionary<object, EnumValueDefinition> byValue = _byValue ??= BuildValueLookup();
        if (value is not null && byValue.TryGetValue(value, out EnumValueDefinition? found))
        {
            return found.Name;
        }

        object? normalized = value switch
        {
            Enum e => e.ToString(),
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } element => element.GetString(),
            System.Text.Json.Nodes.JsonValue jsonValue when JsValue.KindOf(jsonValue) == JsKind.String => JsValue.ToText(jsonValue),
            _ => null,
        };
        if (normalized is not null && byValue.TryGetValue(normalized, out found))
        {
            return found.Name;
        }

        throw new GraphQLError($"Enum \"{Name}\" cannot represent value: {Inspect.Value(value)}");
    }

    /// <summary>Input coercion of a variable's value (a name) → the internal value.</summary>
    public object ParseValue(object? value)
    {
        if (JsValue.KindOf(value) != JsKind.String)
        {
            string text = Inspect.Value(value);
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-string value: {text}." + DidYouMean(text));
        }

        string name = JsValue.ToText(value);
        return GetValue(name)?.Value
            ?? throw new GraphQLError($"Value \"{name}\" does not exist in \"{Name}\" enum." + DidYouMean(name));
    }

    /// <summary>Input coercion of a literal → the internal value.</summary>
    public object ParseLiteral(ValueNode value)
    {
        if (value is not EnumValueNode literal)
        {
            string text = AstPrinter.Print(value);
            throw new GraphQLError($"Enum \"{Name}\" cannot represent non-enum value: {text}." + DidYouMean(text));
        }

        return GetValue(literal.Value)?.Value
            ?? throw new GraphQLError($"Value \"{literal.Value}\" does not exist in \"{Name}\" enum." + DidYouMean(literal.Value));
    }

    private string DidYouMean(string unknown) =>
        Suggestions.DidYouMean(Suggestions.List(unknown, _values.Select(v => v.Name)), "the enum value");

    private Dictionary<object, EnumValueDefinition> BuildValueLookup()
    {
        var lookup = new Dictionary<object, EnumValueDefinition>();
        foreach (EnumValueDefinition value in _values)
        {
            lookup.TryAdd(value.Value, value);
        }

        return lookup;
    }
}
