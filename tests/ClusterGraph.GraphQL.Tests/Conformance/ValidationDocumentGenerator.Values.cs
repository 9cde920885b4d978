using System.Text;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Tests.Conformance;

internal sealed partial class ValidationDocumentGenerator
{
    private string Field(ComplexOrUnion parent, int depth, bool inFragment)
    {
        var builder = new StringBuilder();
        FieldDefinition? field = null;
        string name;
        if (parent.Type is ComplexType complex && complex.Fields.Count > 0 && !Chance(0.05))
        {
            field = Pick(complex.Fields);
            name = field.Name;
        }
        else
        {
            name = "__typename";
        }

        if (Mutate())
        {
            field = null;
            name = Chance(0.5) ? "nope" : Pick(Pick(_compositeTypes.OfType<ComplexType>().ToList()).Fields).Name;
        }

        if (Chance(0.2))
        {
            builder.Append(Pick(s_aliases)).Append(": ");
        }

        builder.Append(name);
        if (field is not null)
        {
            builder.Append(Arguments(field, inFragment));
        }
        else if (Mutate())
        {
            builder.Append("(arg: 1)");
        }

        builder.Append(Directives("FIELD"));
        NamedType? type = field?.Type.GetNamedType();
        bool composite = type is { IsCompositeType: true };
        if (Mutate())
        {
            composite = !composite;
        }

        if (composite)
        {
            builder.Append(' ').Append(depth >= MaxDepth || type is not { IsCompositeType: true }
                ? "{ __typename }"
                : SelectionSet(new ComplexOrUnion(type), depth + 1, inFragment));
        }

        return builder.ToString();
    }

    private string Arguments(FieldDefinition field, bool inFragment)
    {
        var arguments = new List<string>();
        foreach (InputValueDefinition argument in field.Arguments)
        {
            bool give = argument.IsRequired ? !Mutate() : Chance(0.3);
            if (give)
            {
                arguments.Add(argument.Name + ": " + Value(argument.Type, 0, inFragment));
            }
        }

        if (Mutate())
        {
            arguments.Add(field.Arguments.Count > 0 && Chance(0.5)
                ? arguments.FirstOrDefault() ?? field.Arguments[0].Name + ": null"
                : "unknownArg: 1");
        }

        if (arguments.Count > 1 && Chance(0.3))
        {
            arguments.Reverse();
        }

        return arguments.Count == 0 ? string.Empty : "(" + string.Join(Chance(0.7) ? ", " : " ", arguments) + ")";
    }

    private string Value(GraphQLType type, int depth, bool inFragment)
    {
        if (Mutate())
        {
            return Pick(WrongValues);
        }

        if (Chance(inFragment ? 0.05 : 0.15) && depth < 3)
        {
            return Variable(type);
        }

        switch (type)
        {
            case NonNullType nonNull:
                return Value(nonNull.OfType, depth, inFragment);
            case ListType list:
                if (depth > 2 || Chance(0.4))
                {
                    return depth > 2 ? "[]" : Value(list.OfType, depth + 1, inFragment);
                }

                int count = _random.Next(0, 3);
                return "[" + string.Join(", ", Enumerable.Range(0, count).Select(_ => Value(list.OfType, depth + 1, inFragment))) + "]";
            case EnumType enumType:
                return Pick(enumType.Values).Name;
            case InputObjectType input:
                return ObjectValue(input, depth, inFragment);
            default:
                if (Chance(0.05))
                {
                    return "null";
                }

                return ((NamedType)type).Name switch
                {
                    "Int" => _random.Next(-5, 100).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    "Float" => Chance(0.5) ? "1.5" : "2",
                    "Boolean" => Chance(0.5) ? "true" : "false",
                    "ID" => Chance(0.5) ? "\"id:1\"" : "7",
                    "String" => Chance(0.8) ? "\"text\"" : "\"\"\"block\"\"\"",
                    _ => Chance(0.5) ? "\"2024-01-01\"" : "{k: [1, \"v\"]}",
                };
        }
    }

    private string ObjectValue(InputObjectType input, int depth, bool inFragment)
    {
        if (depth > 2)
        {
            return input.IsOneOf ? "{" + input.Fields[0].Name + ": " + Leaf(input.Fields[0].Type) + "}" : "{}";
        }

        var fields = new List<string>();
        if (input.IsOneOf)
        {
            InputValueDefinition chosen = Pick(input.Fields);
            fields.Add(chosen.Name + ": " + Value(new NonNullType(chosen.Type.NullableType), depth + 1, inFragment));
        }
        else
        {
            foreach (InputValueDefinition field in input.Fields)
            {
                if (field.IsRequired || Chance(0.3))
                {
                    fields.Add(field.Name + ": " + Value(field.Type, depth + 1, inFragment));
                }
            }
        }

        if (Mutate())
        {
            fields.Add(Chance(0.5) && fields.Count > 0 ? fields[0] : "unknownField: 1");
        }

        return "{" + string.Join(", ", fields) + "}";
    }

    private static string Leaf(GraphQLType type) => type.GetNamedType() switch
    {
        EnumType e => e.Values[0].Name,
        { Name: "Int" } => "1",
        { Name: "Float" } => "1.0",
        { Name: "Boolean" } => "true",
        _ => "\"s\"",
    };

    private string Variable(GraphQLType type)
    {
        string typeText = type.ToString();
        if (type is NonNullType nonNull && Chance(0.3))
        {
            typeText = nonNull.OfType.ToString();
        }

        if (Mutate())
        {
            typeText = Chance(0.5) ? "String" : "[Int]!";
        }

        string name = "v" + _random.Next(4);
        if (!_variables.TryGetValue(name, out string? declared))
        {
            if (!Mutate())
            {
                _variables[name] = typeText;
            }
        }
        else if (declared != typeText && !Mutate())
        {
            name = "w" + _variables.Count;
            _variables[name] = typeText;
        }

        return "$" + name;
    }

    private string Directives(string location)
    {
        if (!Chance(0.12))
        {
            return string.Empty;
        }

        string directive = location switch
        {
            "FIELD" or "FRAGMENT_SPREAD" or "INLINE_FRAGMENT" when !Mutate() => Chance(0.5) ? "@include(if: true)" : "@skip(if: false)",
            _ when !Mutate() && schema.GetDirective("once") is not null => "@once",
            _ when !Mutate() => string.Empty,
            _ => Pick(WrongDirectives),
        };
        if (directive.Length > 0 && Mutate())
        {
            directive += " " + directive;
        }

        return directive.Length == 0 ? string.Empty : " " + directive;
    }

    private static readonly string[] WrongValues = ["null", "1", "1.5", "\"s\"", "true", "RED", "[1, 2]", "{a: 1}", "$undefinedVar", "2147483648"];

    private static readonly string[] WrongDirectives = ["@nope", "@deprecated", "@skip", "@include(if: 1)", "@skip(if: true, if: false)", "@oneOf", "@specifiedBy(url: \"u\")", "@tag(name: \"t\")", "@limit(max: 1)"];
}
