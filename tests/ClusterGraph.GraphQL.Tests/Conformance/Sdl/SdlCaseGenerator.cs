using System.Text;

namespace ClusterGraph.GraphQL.Tests.Conformance.Sdl;

/// <summary>
/// Random but reproducible SDL documents that are always syntactically valid and often invalid by the
/// SDL rules: small name pools make repeated types, fields, arguments, enum values, directives and
/// operation types likely; applied directives mix known and unknown names, right and wrong locations,
/// missing, unknown and repeated arguments, and argument values of every kind; extensions target
/// defined, undefined and wrong-kind types.
/// </summary>
internal sealed class SdlCaseGenerator
{
    private static readonly string[] s_typeNames = ["Query", "T", "U", "I", "E", "In", "S", "Mutation"];
    private static readonly string[] s_fieldNames = ["a", "b", "c"];
    private static readonly string[] s_argumentNames = ["x", "y", "z"];
    private static readonly string[] s_referencedTypes = ["Int", "String", "Boolean", "Int", "String", "T", "I", "E", "In", "S", "U", "Missing", "__Type"];
    private static readonly string[] s_directiveNames = ["d", "e", "deprecated", "specifiedBy", "oneOf", "skip", "unknown"];
    private static readonly string[] s_locations =
        ["OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "SCALAR", "SCHEMA", "FIELD", "QUERY"];

    private static readonly string[] s_values =
        ["1", "2.5", "\"s\"", "true", "null", "ENUM", "[1, 2]", "{ x: 1 }", "{ x: 1, x: 2 }", "[\"a\"]", "\"\"\"block\"\"\"", "{ y: { x: null, x: 3 } }"];

    private readonly Random _random;

    private SdlCaseGenerator(int seed)
    {
        _random = new Random(seed);
    }

    public static IEnumerable<string> Generate(int seed, int count)
    {
        var generator = new SdlCaseGenerator(seed);
        for (int i = 0; i < count; i++)
        {
            yield return generator.Next();
        }
    }

    private string Next()
    {
        var sdl = new StringBuilder("type Query { q: Int }\n");
        int definitions = 1 + _random.Next(4);
        for (int i = 0; i < definitions; i++)
        {
            sdl.Append(Definition()).Append('\n');
        }

        return sdl.ToString();
    }

    private bool Chance(int percent) => _random.Next(100) < percent;

    private T Pick<T>(T[] options) => options[_random.Next(options.Length)];

    private string Definition()
    {
        string extend = Chance(20) ? "extend " : string.Empty;
        string name = Pick(s_typeNames);
        return _random.Next(10) switch
        {
            0 => $"{extend}type {name}{Implements()}{Directives()}{Fields(input: false)}",
            1 => $"{extend}interface {name}{Implements()}{Directives()}{Fields(input: false)}",
            2 => $"{extend}union {name}{Directives()} = {string.Join(" | ", Many(s_typeNames, 1, 3))}",
            3 => $"{extend}enum {name}{Directives()} {{ {string.Join(" ", Many(["A", "B", "C"], 1, 4).Select(v => v + Directives()))} }}",
            4 => $"{extend}input {name}{Directives()}{Fields(input: true)}",
            5 => ScalarDefinition(extend, name),
            6 => DirectiveDefinition(),
            7 => DirectiveDefinition(),
            8 => $"{(Chance(60) ? "schema" : "extend schema")}{Directives()} {{ {string.Join(" ", Many(["query", "mutation", "subscription"], 1, 3).Select(o => $"{o}: {Pick(s_typeNames)}"))} }}",
            _ => $"{extend}type {name}{Directives()}{Fields(input: false)}",
        };
    }

    private string ScalarDefinition(string extend, string name)
    {
        // A scalar extension must apply a directive to parse.
        string directives = Directives();
        return $"{extend}scalar {name}{(extend.Length > 0 && directives.Length == 0 ? " @d" : directives)}";
    }

    private string[] Many(string[] pool, int min, int max)
    {
        int count = min + _random.Next(max - min + 1);
        var picked = new string[count];
        for (int i = 0; i < count; i++)
        {
            picked[i] = Pick(pool);
        }

        return picked;
    }

    private string Implements() => Chance(25) ? " implements " + string.Join(" & ", Many(["I", "T", "Missing"], 1, 2)) : string.Empty;

    private string TypeReference()
    {
        string type = Pick(s_referencedTypes);
        return _random.Next(4) switch
        {
            0 => type + "!",
            1 => "[" + type + "]",
            _ => type,
        };
    }

    private string Fields(bool input)
    {
        var fields = new StringBuilder(" {");
        foreach (string name in Many(s_fieldNames, 1, 4))
        {
            fields.Append(' ').Append(name);
            if (!input && Chance(35))
            {
                fields.Append('(').Append(string.Join(", ", Many(s_argumentNames, 1, 3).Select(a => a + ": " + TypeReference() + Default() + Directives()))).Append(')');
            }

            fields.Append(": ").Append(TypeReference());
            fields.Append(input ? Default() : string.Empty);
            fields.Append(Directives());
        }

        return fields.Append(" }").ToString();
    }

    private string Default() => Chance(10) ? " = " + Pick(s_values) : string.Empty;

    private string DirectiveDefinition()
    {
        string arguments = Chance(60)
            ? "(" + string.Join(", ", Many(s_argumentNames, 1, 3).Select(a => a + ": " + Pick(["Int", "Int!", "String", "In", "[Int]", "Int! = 1", "Missing"]))) + ")"
            : string.Empty;
        string repeatable = Chance(25) ? " repeatable" : string.Empty;
        return $"directive @{Pick(["d", "e", "d"])}{arguments}{repeatable} on {string.Join(" | ", Many(s_locations, 1, 4))}";
    }

    private string Directives()
    {
        if (!Chance(12))
        {
            return string.Empty;
        }

        var directives = new StringBuilder();
        foreach (string name in Many(s_directiveNames, 1, 3))
        {
            directives.Append(" @").Append(name);
            if (Chance(50))
            {
                directives.Append('(')
                    .Append(string.Join(", ", Many(["x", "y", "z", "reason", "url", "if", "reasn"], 1, 3).Select(a => a + ": " + Pick(s_values))))
                    .Append(')');
            }
        }

        return directives.ToString();
    }
}
