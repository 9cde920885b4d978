using System.Globalization;
using System.Text;

namespace ClusterGraph.Fuzz.Tests.Parsing;

/// <summary>
/// Writes random GraphQL documents from the October 2021 grammar (executable and type-system definitions,
/// extensions), with the lexer's corners: keywords as names, every escape, block strings, exponents,
/// commas, comments, \r\n and \r line ends, a byte order mark. Now and then it writes a hostile shape
/// (nesting past the parser's limit, very long tokens, token floods) or drops in a stray token, so both
/// the accepting and the refusing paths run.
/// </summary>
internal sealed class GraphQLTextGenerator(Random random)
{
    private static readonly string[] s_names =
    [
        "a", "id", "name", "node", "edges", "Query", "Mutation", "T", "_", "__typename", "__schema", "x1", "on", "true", "false", "null",
        "query", "mutation", "subscription", "fragment", "type", "input", "enum", "scalar", "union", "interface", "schema",
        "directive", "extend", "implements", "repeatable", "A1", "_0", "camelCaseName",
    ];

    private static readonly string[] s_directiveLocations =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT", "VARIABLE_DEFINITION",
        "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE",
        "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "NOWHERE",
    ];

    private readonly StringBuilder _text = new();

    /// <summary>A whole document: usually well formed, sometimes hostile, sometimes with a stray token.</summary>
    public string Document()
    {
        _text.Clear();
        if (random.Next(50) == 0)
        {
            _text.Append('\uFEFF');
        }

        switch (random.Next(20))
        {
            case 0:
                Hostile();
                break;
            default:
                int definitions = 1 + random.Next(4);
                for (int i = 0; i < definitions; i++)
                {
                    Definition();
                    Space(true);
                }

                break;
        }

        if (random.Next(8) == 0)
        {
            // A stray token or character at a random place: the refusing paths.
            string[] strays = ["{", "}", "(", ")", "$", "@", "...", ":", "!", "=", "|", "&", "\"", "\"\"\"", "#", "1.", "0x1", "\u0007", "\\", "é", "[", "]"];
            _text.Insert(random.Next(_text.Length + 1), strays[random.Next(strays.Length)]);
        }

        return _text.ToString();
    }

    private void Definition()
    {
        switch (random.Next(14))
        {
            case < 5:
                Operation();
                break;
            case < 7:
                Fragment();
                break;
            case 7:
                Word(random.Next(2) == 0 ? "schema" : "extend schema");
                Directives(true);
                Text("{");
                Word(random.Next(2) == 0 ? "query" : "mutation");
                Text(":");
                Name();
                Text("}");
                break;
            case 8:
                Description();
                Word("directive @");
                Name();
                ArgumentDefinitions();
                if (random.Next(3) == 0)
                {
                    Word("repeatable");
                }

                Word("on");
                int count = 1 + random.Next(3);
                for (int i = 0; i < count; i++)
                {
                    if (i > 0 || random.Next(3) == 0)
                    {
                        Text("|");
                    }

                    Word(s_directiveLocations[random.Next(s_directiveLocations.Length)]);
                }

                break;
            default:
                TypeDefinition();
                break;
        }
    }

    private void Operation()
    {
        if (random.Next(4) == 0)
        {
            SelectionSet(0);
            return;
        }

        Word(new[] { "query", "mutation", "subscription" }[random.Next(3)]);
        if (random.Next(3) > 0)
        {
            Name();
        }

        if (random.Next(2) == 0)
        {
            Text("(");
            int count = 1 + random.Next(3);
            for (int i = 0; i < count; i++)
            {
                Text("$");
                TypedEntry();
            }

            Text(")");
        }

        Directives(false);
        SelectionSet(0);
    }

    private void Fragment()
    {
        Word("fragment");
        Name();
        Word("on");
        Name();
        Directives(false);
        SelectionSet(0);
    }

    private void SelectionSet(int depth)
    {
        Text("{");
        int count = 1 + random.Next(depth > 3 ? 2 : 4);
        for (int i = 0; i < count; i++)
        {
            switch (random.Next(8))
            {
                case 0:
                    Text("...");
                    Name();
                    Directives(false);
                    break;
                case 1:
                    Text("...");
                    if (random.Next(3) > 0)
                    {
                        Word("on");
                        Name();
                    }

                    Directives(false);
                    SelectionSet(depth + 1);
                    break;
                default:
                    Field(depth);
                    break;
            }
        }

        Text("}");
    }

    private void Field(int depth)
    {
        if (random.Next(4) == 0)
        {
            Name();
            Text(":");
        }

        Name();
        if (random.Next(3) == 0)
        {
            Arguments(false);
        }

        Directives(false);
        if (depth < 5 && random.Next(3) == 0)
        {
            SelectionSet(depth + 1);
        }
    }

    private void Arguments(bool isConst)
    {
        Text("(");
        int count = 1 + random.Next(3);
        for (int i = 0; i < count; i++)
        {
            Name();
            Text(":");
            Value(0, isConst);
        }

        Text(")");
    }

    private void Directives(bool isConst)
    {
        int count = random.Next(5) == 0 ? 1 + random.Next(3) : 0;
        for (int i = 0; i < count; i++)
        {
            Text("@");
            Name();
            if (random.Next(2) == 0)
            {
                Arguments(isConst);
            }
        }
    }

    private void Value(int depth, bool isConst)
    {
        switch (random.Next(depth > 3 ? 8 : 11))
        {
            case 0 when !isConst:
                Text("$");
                Name();
                break;
            case 0 or 1:
                Text(IntLiteral());
                break;
            case 2:
                Text(FloatLiteral());
                break;
            case 3 or 4:
                Text(random.Next(4) == 0 ? BlockString() : QuotedString());
                break;
            case 5:
                Word(new[] { "true", "false", "null" }[random.Next(3)]);
                break;
            case 6 or 7:
                Word(new[] { "RED", "on", "ENUM_VALUE", "_x", "fragment" }[random.Next(5)]);
                break;
            case 8:
                Text("[");
                int items = random.Next(4);
                for (int i = 0; i < items; i++)
                {
                    Value(depth + 1, isConst);
                }

                Text("]");
                break;
            default:
                Text("{");
                int fields = random.Next(4);
                for (int i = 0; i < fields; i++)
                {
                    Name();
                    Text(":");
                    Value(depth + 1, isConst);
                }

                Text("}");
                break;
        }
    }

    private void TypeReference(int depth)
    {
        if (depth < 3 && random.Next(3) == 0)
        {
            Text("[");
            TypeReference(depth + 1);
            Text("]");
        }
        else
        {
            Name();
        }

        if (random.Next(2) == 0)
        {
            Text("!");
        }
    }

    private void TypeDefinition()
    {
        bool extend = random.Next(4) == 0;
        if (!extend)
        {
            Description();
        }
        else
        {
            Word("extend");
        }

        switch (random.Next(6))
        {
            case 0:
                Word("scalar");
                Name();
                Directives(true);
                break;
            case 1:
                Word("union");
                Name();
                Directives(true);
                Text("=");
                int members = 1 + random.Next(3);
                for (int i = 0; i < members; i++)
                {
                    if (i > 0 || random.Next(3) == 0)
                    {
                        Text("|");
                    }

                    Name();
                }

                break;
            case 2:
                Word("enum");
                Name();
                Directives(true);
                Text("{");
                int values = 1 + random.Next(3);
                for (int i = 0; i < values; i++)
                {
                    Description();
                    Word(new[] { "A", "B", "RED", "on", "_x" }[random.Next(5)]);
                    Directives(true);
                }

                Text("}");
                break;
            case 3:
                Word("input");
                Name();
                Directives(true);
                Text("{");
                InputValues();
                Text("}");
                break;
            default:
                Word(random.Next(2) == 0 ? "type" : "interface");
                Name();
                if (random.Next(3) == 0)
                {
                    Word("implements");
                    if (random.Next(3) == 0)
                    {
                        Text("&");
                    }

                    Name();
                    if (random.Next(2) == 0)
                    {
                        Text("&");
                        Name();
                    }
                }

                Directives(true);
                Text("{");
                int fields = 1 + random.Next(3);
                for (int i = 0; i < fields; i++)
                {
                    Description();
                    Name();
                    if (random.Next(3) == 0)
                    {
                        ArgumentDefinitions();
                    }

                    Text(":");
                    TypeReference(0);
                    Directives(true);
                }

                Text("}");
                break;
        }
    }

    private void ArgumentDefinitions()
    {
        Text("(");
        InputValues();
        Text(")");
    }

    private void InputValues()
    {
        int count = 1 + random.Next(3);
        for (int i = 0; i < count; i++)
        {
            Description();
            TypedEntry();
        }
    }

    /// <summary>`name: Type = default @directives`: a variable definition (after its `$`) or an input value definition.</summary>
    private void TypedEntry()
    {
        Name();
        Text(":");
        TypeReference(0);
        if (random.Next(3) == 0)
        {
            Text("=");
            Value(0, true);
        }

        Directives(true);
    }

    private void Description()
    {
        if (random.Next(4) == 0)
        {
            Text(random.Next(2) == 0 ? BlockString() : QuotedString());
        }
    }

    /// <summary>Nesting past the parser's default limit, a flood of tokens, or a very long token.</summary>
    private void Hostile()
    {
        int n = random.Next(4) == 0 ? 400 + random.Next(300) : 2 + random.Next(100);
        switch (random.Next(6))
        {
            case 0:
                _text.Append('{', n).Append('a').Append('}', n);
                break;
            case 1:
                _text.Append("{ f(a: ").Append('[', n).Append('1').Append(']', n).Append(") }");
                break;
            case 2:
                _text.Append("query($v: ").Append('[', n).Append("Int").Append(']', n).Append(") { a }");
                break;
            case 3:
                _text.Append("{ f(a: ").Append(string.Concat(Enumerable.Repeat("{a:", n))).Append('1').Append('}', n).Append(") }");
                break;
            case 4:
                _text.Append("{ ").Append(string.Concat(Enumerable.Repeat("a ", n * 20))).Append('}');
                break;
            default:
                _text.Append("{ f(a: \"").Append('x', n * 500).Append("\") ").Append('n', n * 50).Append(" }");
                break;
        }
    }

    private string IntLiteral() => random.Next(8) switch
    {
        0 => "-0",
        1 => "2147483648",
        2 => "-2147483649",
        3 => new string('9', 1 + random.Next(40)),
        _ => (random.Next(2) == 0 ? "-" : string.Empty) + random.Next(1_000).ToString(CultureInfo.InvariantCulture),
    };

    private string FloatLiteral() => random.Next(5) switch
    {
        0 => "1e" + random.Next(400).ToString(CultureInfo.InvariantCulture),
        1 => "-0.0",
        2 => "1.5E-3",
        3 => "6.0221e+23",
        _ => random.Next(1_000).ToString(CultureInfo.InvariantCulture) + "." + random.Next(1_000).ToString(CultureInfo.InvariantCulture),
    };

    private string QuotedString()
    {
        var builder = new StringBuilder("\"");
        int length = random.Next(8);
        for (int i = 0; i < length; i++)
        {
            builder.Append(random.Next(12) switch
            {
                0 => "\\n",
                1 => "\\\"",
                2 => "\\\\",
                3 => "\\u00e9",
                4 => "\\u{1F600}",
                5 => "\\uD83D\\uDE00",
                6 => "\\/\\b\\f\\r\\t",
                7 => "한글",
                8 => "😀",
                _ => ((char)random.Next(0x20, 0x7F)) switch { '"' or '\\' => "q", char c => c.ToString() },
            });
        }

        return builder.Append('"').ToString();
    }

    private string BlockString()
    {
        var builder = new StringBuilder("\"\"\"");
        int lines = random.Next(4);
        for (int i = 0; i < lines; i++)
        {
            if (i > 0)
            {
                builder.Append(random.Next(4) == 0 ? "\r\n" : "\n");
            }

            builder.Append(' ', random.Next(3) * 2);
            builder.Append(random.Next(8) switch
            {
                0 => "\\\"\"\"",
                1 => "\"quoted\"",
                2 => "\t",
                3 => string.Empty,
                4 => "\\n stays",
                _ => "line " + i.ToString(CultureInfo.InvariantCulture),
            });
        }

        if (random.Next(4) == 0)
        {
            builder.Append('\n');
        }

        return builder.Append("\"\"\"").ToString();
    }

    private void Name() => Word(s_names[random.Next(s_names.Length)]);

    private void Word(string word)
    {
        Space(true);
        _text.Append(word);
    }

    private void Text(string text)
    {
        Space(false);
        _text.Append(text);
    }

    /// <summary>Ignored tokens between lexical tokens: usually a space, sometimes commas, comments, tabs or odd line ends.</summary>
    private void Space(bool required)
    {
        switch (random.Next(12))
        {
            case 0:
                _text.Append(',');
                break;
            case 1:
                _text.Append(" # comment\n");
                break;
            case 2:
                _text.Append("\r\n\t");
                break;
            case 3:
                _text.Append('\r');
                break;
            case 4 when !required:
                break;
            default:
                _text.Append(' ');
                break;
        }
    }
}
