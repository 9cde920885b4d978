using System.Globalization;
using System.Text;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.Fuzz.Tests.Validation;

/// <summary>
/// Writes operations that mostly follow a schema, so validation gets past its first rule and into the
/// deep ones: fields picked from the type in scope, arguments of their declared types (sometimes wrong,
/// missing or unknown), variables declared on use (sometimes with a clashing type), aliases (sometimes
/// conflicting), inline fragments and named fragments (sometimes cyclic), directives (sometimes repeated),
/// introspection with deep <c>ofType</c> chains, and now and then an abuse shape: alias or directive
/// floods, fragment fan-out, nesting past the depth limit.
/// </summary>
internal sealed class SchemaDocumentGenerator(Schema schema, Random random)
{
    private const int MaxGeneratedDepth = 24;

    private readonly StringBuilder _text = new();
    private readonly List<(string Name, GraphQLType Type)> _variables = [];
    private readonly List<(string Name, NamedType On)> _fragments = [];
    private int _fragmentBodiesWritten;

    public string Document()
    {
        _text.Clear();
        _variables.Clear();
        _fragments.Clear();
        _fragmentBodiesWritten = 0;
        if (random.Next(12) == 0)
        {
            Abuse();
            return _text.ToString();
        }

        var (keyword, root) = random.Next(10) switch
        {
            0 when schema.MutationType is { } m => ("mutation", m),
            1 when schema.SubscriptionType is { } s => ("subscription", s),
            _ => ("query", schema.QueryType!),
        };
        // The body first: the variables it uses are declared in the header written after it.
        if (random.Next(6) == 0)
        {
            Introspection();
        }
        else
        {
            SelectionSet(root, 0, 2 + random.Next(8));
        }

        string body = _text.ToString();
        _text.Clear();
        _text.Append(keyword).Append(' ').Append(random.Next(3) == 0 ? string.Empty : "Op");
        if (_variables.Count > 0)
        {
            _text.Append('(').AppendJoin(", ", _variables.Select(v => "$" + v.Name + ": " + v.Type)).Append(')');
        }

        _text.Append(' ').Append(body);
        FragmentBodies();
        if (random.Next(10) == 0)
        {
            // A second operation: anonymous-with-others, duplicate names and unused fragments come up this way.
            _text.Append("\nquery ").Append(random.Next(2) == 0 ? "Op" : "Other").Append(" { __typename }");
        }

        return _text.ToString();
    }

    private void SelectionSet(NamedType type, int depth, int maxDepth)
    {
        _text.Append("{ ");
        int count = 1 + random.Next(depth < 3 ? 4 : 2);
        for (int i = 0; i < count; i++)
        {
            Selection(type, depth, maxDepth);
            _text.Append(' ');
        }

        _text.Append('}');
    }

    private void Selection(NamedType type, int depth, int maxDepth)
    {
        int choice = random.Next(12);
        if (choice == 0 || type is not ComplexType complex || complex.Fields.Count == 0)
        {
            if (type is UnionType or ComplexType && choice < 6)
            {
                InlineFragment(type, depth, maxDepth);
                return;
            }

            _text.Append(random.Next(8) == 0 ? "nope" : "__typename");
            return;
        }

        switch (choice)
        {
            case 1:
                InlineFragment(type, depth, maxDepth);
                return;
            case 2:
                Spread(type);
                return;
        }

        FieldDefinition field = complex.Fields[random.Next(complex.Fields.Count)];
        if (random.Next(5) == 0)
        {
            // An alias, sometimes the name of another field: the field-merge rule has to look.
            _text.Append(random.Next(2) == 0 ? "a" + random.Next(3).ToString(CultureInfo.InvariantCulture) : complex.Fields[random.Next(complex.Fields.Count)].Name).Append(": ");
        }

        _text.Append(field.Name);
        Arguments(field.Arguments);
        Directives();
        NamedType named = field.Type.GetNamedType();
        if (named is ComplexType or UnionType)
        {
            // Past the planned depth only now and then, and never past a hard cap: the generator recurses.
            if (depth + 1 < maxDepth || (depth < MaxGeneratedDepth && random.Next(8) == 0))
            {
                SelectionSet(named, depth + 1, maxDepth);
            }
        }
        else if (random.Next(20) == 0)
        {
            _text.Append(" { __typename }");
        }
    }

    private void InlineFragment(NamedType type, int depth, int maxDepth)
    {
        _text.Append("... ");
        if (random.Next(4) > 0)
        {
            _text.Append("on ").Append(TypeConditionFor(type).Name).Append(' ');
        }

        Directives();
        if (depth < MaxGeneratedDepth)
        {
            SelectionSet(random.Next(4) == 0 ? TypeConditionFor(type) : type, depth + 1, maxDepth);
        }
        else
        {
            _text.Append("{ __typename }");
        }
    }

    private void Spread(NamedType type)
    {
        if (_fragments.Count > 0 && random.Next(2) == 0)
        {
            _text.Append("...").Append(_fragments[random.Next(_fragments.Count)].Name);
            return;
        }

        string name = "F" + _fragments.Count.ToString(CultureInfo.InvariantCulture);
        _fragments.Add((name, random.Next(5) == 0 ? TypeConditionFor(type) : type));
        _text.Append("...").Append(name);
        Directives();
    }

    /// <summary>Written after the operation; a body may spread any fragment, itself included (cycles).</summary>
    private void FragmentBodies()
    {
        while (_fragmentBodiesWritten < _fragments.Count && _fragmentBodiesWritten < 12)
        {
            (string name, NamedType on) = _fragments[_fragmentBodiesWritten++];
            _text.Append("\nfragment ").Append(name).Append(" on ").Append(on.Name).Append(' ');
            SelectionSet(on, 2, 4);
        }
    }

    private NamedType TypeConditionFor(NamedType type)
    {
        if (type is InterfaceType or UnionType && random.Next(3) > 0)
        {
            IReadOnlyList<ObjectType> possible = schema.GetPossibleTypes(type);
            if (possible.Count > 0)
            {
                return possible[random.Next(possible.Count)];
            }
        }

        List<NamedType> composite = [.. schema.Types.Where(t => t is ComplexType or UnionType && !t.Name.StartsWith("__", StringComparison.Ordinal))];
        return random.Next(3) == 0 ? composite[random.Next(composite.Count)] : type;
    }

    private void Arguments(IReadOnlyList<InputValueDefinition> arguments)
    {
        var given = arguments.Where(a => a.IsRequired ? random.Next(12) > 0 : random.Next(3) == 0).ToList();
        bool unknown = random.Next(15) == 0;
        if (given.Count == 0 && !unknown)
        {
            return;
        }

        _text.Append('(');
        foreach (InputValueDefinition argument in given)
        {
            _text.Append(argument.Name).Append(": ");
            Value(argument.Type, 0, allowVariable: true);
            _text.Append(' ');
        }

        if (unknown)
        {
            _text.Append("unknownArgument: 1");
        }

        _text.Append(')');
    }

    private void Directives()
    {
        if (random.Next(6) > 0)
        {
            return;
        }

        int count = random.Next(10) == 0 ? 2 + random.Next(3) : 1;
        for (int i = 0; i < count; i++)
        {
            DirectiveDefinition directive = schema.Directives[random.Next(schema.Directives.Count)];
            _text.Append(" @").Append(directive.Name);
            Arguments(directive.Arguments);
        }

        _text.Append(' ');
    }

    private void Value(GraphQLType type, int depth, bool allowVariable)
    {
        if (allowVariable && random.Next(5) == 0)
        {
            Variable(type);
            return;
        }

        if (random.Next(25) == 0)
        {
            // A literal of the wrong kind.
            _text.Append(new[] { "\"x\"", "1.5", "true", "null", "[1]", "{ a: 1 }", "RED", "99999999999" }[random.Next(8)]);
            return;
        }

        if (type is NonNullType nonNull)
        {
            Value(nonNull.OfType, depth, allowVariable);
            return;
        }

        switch (type)
        {
            case ListType list when depth < 4:
                _text.Append('[');
                int items = random.Next(4);
                for (int i = 0; i < items; i++)
                {
                    Value(list.OfType, depth + 1, allowVariable);
                    _text.Append(' ');
                }

                _text.Append(']');
                break;
            case EnumType enumType when enumType.Values.Count > 0:
                _text.Append(enumType.Values[random.Next(enumType.Values.Count)].Name);
                break;
            case InputObjectType input when depth < 4:
                _text.Append("{ ");
                foreach (InputValueDefinition field in input.Fields.Where(f => f.IsRequired || random.Next(3) == 0))
                {
                    _text.Append(field.Name).Append(": ");
                    Value(field.Type, depth + 1, allowVariable);
                    _text.Append(' ');
                }

                _text.Append('}');
                break;
            case ScalarType scalar:
                _text.Append(scalar.Name switch
                {
                    "Int" => random.Next(6) == 0 ? "2147483647" : random.Next(-5, 200).ToString(CultureInfo.InvariantCulture),
                    "Float" => "1.25e3",
                    "Boolean" => random.Next(2) == 0 ? "true" : "false",
                    "ID" => random.Next(2) == 0 ? "\"company:amkor-technology-korea\"" : "7",
                    _ => "\"2024-01-01\"",
                });
                break;
            default:
                _text.Append("null");
                break;
        }
    }

    private void Variable(GraphQLType type)
    {
        if (_variables.Count > 0 && random.Next(3) == 0)
        {
            _text.Append('$').Append(_variables[random.Next(_variables.Count)].Name);
            return;
        }

        string name = "v" + _variables.Count.ToString(CultureInfo.InvariantCulture);
        _variables.Add((name, random.Next(6) == 0 ? (type is NonNullType n ? n.OfType : new NonNullType(type)) : type));
        _text.Append('$').Append(name);
    }

    private void Introspection()
    {
        _text.Append(random.Next(2) == 0 ? "{ __schema { types { name fields { name type " : "{ __type(name: \"Query\") { fields { type ");
        int depth = random.Next(14);
        for (int i = 0; i < depth; i++)
        {
            _text.Append("{ name ofType ");
        }

        _text.Append("{ name }").Append('}', depth).Append(" } } }");
    }

    /// <summary>The validation issue's abuse matrix in small random sizes.</summary>
    private void Abuse()
    {
        int n = 5 + random.Next(random.Next(4) == 0 ? 2_000 : 60);
        string leaf = LeafFieldOf(schema.QueryType!);
        switch (random.Next(6))
        {
            case 0:
                _text.Append("{ ").AppendJoin(' ', Enumerable.Range(0, n).Select(i => $"a{i}: {leaf}")).Append(" }");
                break;
            case 1:
                _text.Append("{ ").Append(leaf).Append(string.Concat(Enumerable.Repeat(" @include(if: true)", n))).Append(" }");
                break;
            case 2:
                int levels = Math.Min(n, 24);
                _text.Append("{ ...F0 }\n");
                for (int i = 0; i < levels; i++)
                {
                    _text.Append($"fragment F{i} on {schema.QueryType!.Name} {{ ...F{i + 1} ...F{i + 1} }}\n");
                }

                _text.Append($"fragment F{levels} on {schema.QueryType!.Name} {{ {leaf} }}\n");
                break;
            case 3:
                _text.Append("{ ...F0 }\n");
                for (int i = 0; i < n; i++)
                {
                    _text.Append($"fragment F{i} on {schema.QueryType!.Name} {{ ...F{(i + 1) % n} }}\n");
                }

                break;
            case 4:
                _text.Append('{', 1).Append(string.Concat(Enumerable.Repeat(" ... on " + schema.QueryType!.Name + " {", n))).Append(' ').Append(leaf).Append('}', n + 1);
                break;
            default:
                _text.Append("{ ").Append(string.Concat(Enumerable.Repeat(leaf + " ", n))).Append(leaf).Append(": __typename }");
                break;
        }
    }

    private static string LeafFieldOf(ObjectType type) =>
        type.Fields.FirstOrDefault(f => f.Type.GetNamedType() is ScalarType or EnumType && f.Arguments.All(a => !a.IsRequired))?.Name ?? "__typename";
}
