using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Random but reproducible execution cases over <see cref="ExecutionCorpus.Sdl"/>: selection sets with
/// aliases, repeated keys, inline and named fragments, type conditions on interfaces and unions,
/// <c>__typename</c>, skip/include (literal and variable), arguments; root values that are mostly
/// well-formed with nulls, missing keys, wrong types and bad <c>__typename</c>s mixed in.
/// </summary>
internal sealed class ExecutionCaseGenerator
{
    private const int MaxDepth = 4;

    private readonly Random _random;
    private readonly Schema _schema;
    private readonly List<string> _fragments = [];
    private readonly Dictionary<string, bool> _variables = [];

    private ExecutionCaseGenerator(int seed)
    {
        _random = new Random(seed);
        _schema = SchemaBuilder.Build(ExecutionCorpus.Sdl);
    }

    public static IEnumerable<ExecutionCase> Generate(int seed, int count)
    {
        var generator = new ExecutionCaseGenerator(seed);
        for (int i = 0; i < count; i++)
        {
            yield return generator.Next(i);
        }
    }

    private ExecutionCase Next(int index)
    {
        _fragments.Clear();
        _variables.Clear();
        ObjectType root = _schema.QueryType!;
        string selection = SelectionSet(root, 0);
        var query = new StringBuilder();
        if (_variables.Count > 0)
        {
            query.Append("query (").Append(string.Join(", ", _variables.Keys.Select(v => $"${v}: Boolean!"))).Append(") ");
        }

        query.Append(selection);
        foreach (string fragment in _fragments)
        {
            query.Append('\n').Append(fragment);
        }

        JsonObject variables = [];
        foreach ((string name, bool value) in _variables)
        {
            variables[name] = value;
        }

        string rootValue = ObjectValue(root, 0).ToJsonString();
        return new ExecutionCase($"generated {index}: {query}", ExecutionCorpus.Sdl, query.ToString(), _variables.Count > 0 ? variables.ToJsonString() : null, rootValue);
    }

    private bool Chance(double p) => _random.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string SelectionSet(NamedType type, int depth)
    {
        var selections = new List<string>();
        int count = 1 + _random.Next(depth == 0 ? 5 : 3);
        for (int i = 0; i < count; i++)
        {
            selections.Add(Selection(type, depth));
        }

        return "{ " + string.Join(" ", selections) + " }";
    }

    private string Selection(NamedType type, int depth)
    {
        double roll = _random.NextDouble();
        if (type is ComplexType complex && roll < 0.7)
        {
            return Field(complex, depth);
        }

        if (roll < 0.78 || type is UnionType && roll < 0.5)
        {
            return "__typename" + Directives();
        }

        // A fragment whose condition is the type itself, a supertype or (for abstract types) a possible type.
        NamedType condition = FragmentCondition(type);
        string body = SelectionSet(condition, depth + 1);
        if (Chance(0.5))
        {
            bool omitCondition = ReferenceEquals(condition, type) && Chance(0.3);
            return "..." + (omitCondition ? string.Empty : " on " + condition.Name) + Directives() + " " + body;
        }

        string name = "F" + _fragments.Count.ToString(CultureInfo.InvariantCulture);
        _fragments.Add($"fragment {name} on {condition.Name} {body}");
        return "..." + name + Directives();
    }

    private NamedType FragmentCondition(NamedType type)
    {
        var candidates = new List<NamedType> { type };
        if (type is ObjectType obj)
        {
            candidates.AddRange(obj.Interfaces);
            candidates.AddRange(_schema.Types.OfType<UnionType>().Where(u => u.Types.Contains(obj)));
        }
        else if (type is UnionType or InterfaceType)
        {
            candidates.AddRange(_schema.GetPossibleTypes(type));
            if (type is InterfaceType iface)
            {
                candidates.AddRange(_schema.GetImplementations(iface).Interfaces);
            }
        }

        return Pick(candidates);
    }

    private string Field(ComplexType type, int depth)
    {
        var fields = type.Fields.Where(f => depth < MaxDepth || !f.Type.GetNamedType().IsCompositeType).ToList();
        if (fields.Count == 0)
        {
            return "__typename";
        }

        FieldDefinition field = Pick(fields);
        var text = new StringBuilder();
        if (Chance(0.2))
        {
            // Aliases from a small pool, so equal keys merge (same field) or are left out (conflicts are invalid).
            text.Append(Pick(["k1", "k2", field.Name])).Append(": ");
        }

        text.Append(field.Name);
        if (field.Arguments.Count > 0)
        {
            text.Append(Arguments(field));
        }

        text.Append(Directives());
        NamedType named = field.Type.GetNamedType();
        if (named.IsCompositeType)
        {
            text.Append(' ').Append(SelectionSet(named, depth + 1));
        }

        return text.ToString();
    }

    private string Arguments(FieldDefinition field)
    {
        var arguments = new List<string>();
        foreach (InputValueDefinition argument in field.Arguments)
        {
            if (argument.Type.IsNonNull || Chance(0.25))
            {
                arguments.Add(argument.Name + ": " + Literal(argument.Type, 0));
            }
        }

        return arguments.Count == 0 ? string.Empty : "(" + string.Join(", ", arguments) + ")";
    }

    private string Literal(GraphQLType type, int depth)
    {
        if (type is NonNullType nonNull)
        {
            return Literal(nonNull.OfType, depth);
        }

        if (Chance(0.1))
        {
            return "null";
        }

        switch (type)
        {
            case ListType list:
                return Chance(0.3) ? Literal(list.OfType, depth + 1) : "[" + string.Join(", ", Enumerable.Range(0, _random.Next(3)).Select(_ => Literal(list.OfType, depth + 1))) + "]";
            case EnumType enumType:
                return Pick(enumType.Values).Name;
            case InputObjectType input:
                var fields = new List<string>();
                if (input.IsOneOf)
                {
                    InputValueDefinition only = Pick(input.Fields);
                    string value = depth > 2 ? "1" : Literal(only.Type, depth + 1);
                    return "{" + only.Name + ": " + (value == "null" || (only.Type.GetNamedType() is InputObjectType && depth > 2) ? "\"s\"" : value) + "}";
                }

                foreach (InputValueDefinition field in input.Fields)
                {
                    if ((field.Type.IsNonNull && !field.HasDefaultValue) || (depth < 2 && Chance(0.3)))
                    {
                        fields.Add(field.Name + ": " + Literal(field.Type, depth + 1));
                    }
                }

                return "{" + string.Join(", ", fields) + "}";
            default:
                return type.GetNamedType().Name switch
                {
                    "Int" => _random.Next(-5, 100).ToString(CultureInfo.InvariantCulture),
                    "Float" => Pick(["1.5", "2", "-0.25", "1e3"]),
                    "Boolean" => Chance(0.5) ? "true" : "false",
                    "ID" => Chance(0.5) ? "7" : "\"id\"",
                    _ => "\"text\"",
                };
        }
    }

    private string Directives()
    {
        if (!Chance(0.12))
        {
            return string.Empty;
        }

        string name = Chance(0.5) ? "skip" : "include";
        if (Chance(0.5))
        {
            return $" @{name}(if: {(Chance(0.5) ? "true" : "false")})";
        }

        string variable = "v" + _variables.Count.ToString(CultureInfo.InvariantCulture);
        _variables[variable] = Chance(0.5);
        return $" @{name}(if: ${variable})";
    }

    private JsonNode? Value(GraphQLType type, int depth)
    {
        double roll = _random.NextDouble();
        if (type is NonNullType nonNull)
        {
            return roll < 0.08 ? null : Value(nonNull.OfType, depth);
        }

        if (roll < 0.1)
        {
            return null;
        }

        if (roll < 0.16)
        {
            return WrongValue();
        }

        switch (type)
        {
            case ListType list:
                var array = new JsonArray();
                if (depth > MaxDepth + 2)
                {
                    return array;
                }

                int items = _random.Next(4);
                for (int i = 0; i < items; i++)
                {
                    array.Add(Value(list.OfType, depth + 1));
                }

                return array;
            case ObjectType obj:
                return depth > MaxDepth + 2 ? null : ObjectValue(obj, depth + 1);
            case UnionType or InterfaceType:
                if (depth > MaxDepth + 2)
                {
                    return null;
                }

                IReadOnlyList<ObjectType> possible = _schema.GetPossibleTypes((NamedType)type);
                JsonObject value = ObjectValue(Pick(possible), depth + 1);
                double typename = _random.NextDouble();
                if (typename < 0.05)
                {
                    value.Remove("__typename");
                }
                else if (typename < 0.08)
                {
                    value["__typename"] = Pick(["Named", "Bird", "Obj", "Node"]);
                }

                return value;
            case EnumType enumType:
                return Chance(0.9) ? Pick(enumType.Values).Name : "NOPE";
            default:
                return type.GetNamedType().Name switch
                {
                    "Int" => Chance(0.9) ? _random.Next(-1000, 1000) : Pick<JsonNode?>([1.5, "12", true, 3000000000L]),
                    "Float" => Chance(0.8) ? Math.Round(_random.NextDouble() * 100, 3) : Pick<JsonNode?>([3, "2.5", false, "x"]),
                    "Boolean" => Chance(0.9) ? Chance(0.5) : Pick<JsonNode?>([0, 1, "true"]),
                    "ID" => Chance(0.7) ? "id" + _random.Next(100).ToString(CultureInfo.InvariantCulture) : Pick<JsonNode?>([5, 1.5, true]),
                    _ => Chance(0.85) ? "s" + _random.Next(100).ToString(CultureInfo.InvariantCulture) : Pick<JsonNode?>([5, 2.5, true, -0.5]),
                };
        }
    }

    private JsonNode? WrongValue() => _random.Next(6) switch
    {
        0 => "str",
        1 => 42,
        2 => 4.2,
        3 => true,
        4 => new JsonArray(1, 2),
        _ => new JsonObject { ["k"] = 1 },
    };

    private JsonObject ObjectValue(ObjectType type, int depth)
    {
        var value = new JsonObject();
        if (_schema.Types.Any(t => t.IsAbstractType && _schema.IsSubType(t, type)))
        {
            value["__typename"] = type.Name;
        }

        foreach (FieldDefinition field in type.Fields)
        {
            if (Chance(0.1))
            {
                continue;
            }

            value[field.Name] = Value(field.Type, depth);
        }

        return value;
    }
}
