using System.Text;

namespace ClusterGraph.GraphQL.Tests.Conformance.Corpus;

public sealed partial class DocumentGenerator
{
    private void ExecutableDefinition(List<string> tokens)
    {
        int kind = _random.Next(5);

        // The "{ ... }" shorthand only first: after a type-system definition a "{" would continue it.
        if (kind == 0 && tokens.Count == 0)
        {
            SelectionSet(tokens, 0);
            return;
        }

        if (kind == 1)
        {
            tokens.AddRange(["fragment", Pick(s_names.Where(n => n != "on").ToArray()), "on", TypeName()]);
            Directives(tokens, isConst: false);
            SelectionSet(tokens, 0);
            return;
        }

        tokens.Add(Pick(["query", "mutation", "subscription"]));
        if (Chance(70))
        {
            tokens.Add(Name());
        }

        if (Chance(40))
        {
            tokens.Add("(");
            int count = 1 + _random.Next(3);
            for (int i = 0; i < count; i++)
            {
                tokens.AddRange(["$", Name(), ":"]);
                Type(tokens, 0);
                if (Chance(30))
                {
                    tokens.Add("=");
                    Value(tokens, 0, isConst: true);
                }

                Directives(tokens, isConst: true);
            }

            tokens.Add(")");
        }

        Directives(tokens, isConst: false);
        SelectionSet(tokens, 0);
    }

    private void SelectionSet(List<string> tokens, int depth)
    {
        tokens.Add("{");
        int count = 1 + _random.Next(depth >= MaxDepth ? 2 : 3);
        for (int i = 0; i < count; i++)
        {
            int kind = _random.Next(10);
            if (kind == 0)
            {
                tokens.AddRange(["...", Pick(s_names.Where(n => n != "on").ToArray())]);
                Directives(tokens, isConst: false);
            }
            else if (kind == 1 && depth < MaxDepth)
            {
                tokens.Add("...");
                if (Chance(70))
                {
                    tokens.AddRange(["on", TypeName()]);
                }

                Directives(tokens, isConst: false);
                SelectionSet(tokens, depth + 1);
            }
            else
            {
                if (Chance(20))
                {
                    tokens.AddRange([Name(), ":"]);
                }

                tokens.Add(Name());
                Arguments(tokens, depth, isConst: false);
                Directives(tokens, isConst: false);
                if (depth < MaxDepth && Chance(25))
                {
                    SelectionSet(tokens, depth + 1);
                }
            }
        }

        tokens.Add("}");
    }

    private void Arguments(List<string> tokens, int depth, bool isConst)
    {
        if (!Chance(40))
        {
            return;
        }

        tokens.Add("(");
        int count = 1 + _random.Next(3);
        for (int i = 0; i < count; i++)
        {
            tokens.AddRange([Name(), ":"]);
            Value(tokens, depth, isConst);
        }

        tokens.Add(")");
    }

    private void Directives(List<string> tokens, bool isConst)
    {
        while (Chance(20))
        {
            tokens.AddRange(["@", Name()]);
            Arguments(tokens, MaxDepth, isConst);
        }
    }

    private void Value(List<string> tokens, int depth, bool isConst)
    {
        int kind = _random.Next(depth >= MaxDepth ? 8 : 10);
        switch (kind)
        {
            case 0:
                tokens.Add(Int());
                break;
            case 1:
                tokens.Add(Float());
                break;
            case 2:
                tokens.Add(QuotedString());
                break;
            case 3:
                tokens.Add(BlockString());
                break;
            case 4:
                tokens.Add(Pick(["true", "false", "null"]));
                break;
            case 5:
                tokens.Add(Pick(["ENUM", "VALUE_1", "on", "query", "_x"]));
                break;
            case 6 or 7:
                if (isConst)
                {
                    tokens.Add(Int());
                }
                else
                {
                    tokens.AddRange(["$", Name()]);
                }

                break;
            case 8:
            {
                tokens.Add("[");
                int count = _random.Next(4);
                for (int i = 0; i < count; i++)
                {
                    Value(tokens, depth + 1, isConst);
                }

                tokens.Add("]");
                break;
            }

            default:
            {
                tokens.Add("{");
                int count = _random.Next(4);
                for (int i = 0; i < count; i++)
                {
                    tokens.AddRange([Name(), ":"]);
                    Value(tokens, depth + 1, isConst);
                }

                tokens.Add("}");
                break;
            }
        }
    }

    private void Type(List<string> tokens, int depth)
    {
        if (depth < 3 && Chance(30))
        {
            tokens.Add("[");
            Type(tokens, depth + 1);
            tokens.Add("]");
        }
        else
        {
            tokens.Add(TypeName());
        }

        if (Chance(40))
        {
            tokens.Add("!");
        }
    }

    private string Int() => Pick(["0", "-0", "1", "-1", "42", "1234567890123456789012", "7"]);

    private string Float() => Pick(["0.0", "-1.5", "1e10", "1E-3", "6.02e+23", "3.14159", "-0.0e0"]);

    private string QuotedString()
    {
        var builder = new StringBuilder("\"");
        int pieces = _random.Next(6);
        for (int i = 0; i < pieces; i++)
        {
            builder.Append(Pick(s_stringPieces));
        }

        return builder.Append('"').ToString();
    }

    private string BlockString()
    {
        var builder = new StringBuilder("\"\"\"");
        int lines = _random.Next(5);
        for (int line = 0; line < lines; line++)
        {
            if (line > 0 || Chance(50))
            {
                builder.Append(Pick(["\n", "\r\n", "\r"]));
            }

            builder.Append(' ', _random.Next(5));
            int pieces = _random.Next(4);
            for (int i = 0; i < pieces; i++)
            {
                builder.Append(Pick(s_blockPieces));
            }
        }

        if (Chance(50))
        {
            builder.Append('\n').Append(' ', _random.Next(3));
        }

        // Pieces must not close the block string early: break up any unescaped triple quote they
        // form, and keep a quote or backslash away from the closing quotes.
        string text = BreakTripleQuotes(builder.ToString()[3..]);
        if (text.EndsWith('"') || text.EndsWith('\\'))
        {
            text += " ";
        }

        return "\"\"\"" + text + "\"\"\"";
    }

    private static string BreakTripleQuotes(string content)
    {
        var builder = new StringBuilder(content.Length);
        for (int i = 0; i < content.Length; i++)
        {
            if (content[i] == '\\' && string.CompareOrdinal(content, i + 1, "\"\"\"", 0, 3) == 0)
            {
                builder.Append("\\\"\"\"");
                i += 3;
            }
            else if (content[i] == '"' && builder.Length >= 2 && builder[^1] == '"' && builder[^2] == '"')
            {
                builder.Append(' ').Append('"');
            }
            else
            {
                builder.Append(content[i]);
            }
        }

        return builder.ToString();
    }

    private string Description() => Chance(50) ? QuotedString() : BlockString();

    private void MaybeDescription(List<string> tokens)
    {
        if (Chance(30))
        {
            tokens.Add(Description());
        }
    }

    private void TypeSystemDefinition(List<string> tokens)
    {
        int kind = _random.Next(16);
        if (kind < 8)
        {
            MaybeDescription(tokens);
        }

        switch (kind)
        {
            case 0:
                tokens.Add("schema");
                Directives(tokens, isConst: true);
                OperationTypes(tokens);
                break;
            case 1:
                tokens.AddRange(["scalar", TypeName()]);
                Directives(tokens, isConst: true);
                break;
            case 2 or 3:
                tokens.AddRange([Pick(["type", "interface"]), TypeName()]);
                Implements(tokens);
                Directives(tokens, isConst: true);
                FieldDefinitions(tokens, required: false);
                break;
            case 4:
                tokens.AddRange(["union", TypeName()]);
                Directives(tokens, isConst: true);
                UnionMembers(tokens, required: false);
                break;
            case 5:
                tokens.AddRange(["enum", TypeName()]);
                Directives(tokens, isConst: true);
                EnumValues(tokens, required: false);
                break;
            case 6:
                tokens.AddRange(["input", TypeName()]);
                Directives(tokens, isConst: true);
                InputFields(tokens, "{", "}", required: false);
                break;
            case 7:
                tokens.AddRange(["directive", "@", Name()]);
                InputFields(tokens, "(", ")", required: false);
                if (Chance(30))
                {
                    tokens.Add("repeatable");
                }

                tokens.Add("on");
                DelimitedList(tokens, "|", () => Pick(s_locations));
                break;
            default:
                Extension(tokens);
                break;
        }
    }

    private void Extension(List<string> tokens)
    {
        tokens.Add("extend");
        switch (_random.Next(7))
        {
            case 0:
                tokens.Add("schema");
                tokens.AddRange(["@", Name()]);
                if (Chance(50))
                {
                    OperationTypes(tokens);
                }

                break;
            case 1:
                tokens.AddRange(["scalar", TypeName(), "@", Name()]);
                break;
            case 2 or 3:
                tokens.AddRange([Pick(["type", "interface"]), TypeName()]);
                Implements(tokens);
                Directives(tokens, isConst: true);
                FieldDefinitions(tokens, required: true);
                break;
            case 4:
                tokens.AddRange(["union", TypeName()]);
                Directives(tokens, isConst: true);
                UnionMembers(tokens, required: true);
                break;
            case 5:
                tokens.AddRange(["enum", TypeName()]);
                Directives(tokens, isConst: true);
                EnumValues(tokens, required: true);
                break;
            default:
                tokens.AddRange(["input", TypeName()]);
                Directives(tokens, isConst: true);
                InputFields(tokens, "{", "}", required: true);
                break;
        }
    }

    private void OperationTypes(List<string> tokens)
    {
        tokens.Add("{");
        int count = 1 + _random.Next(3);
        for (int i = 0; i < count; i++)
        {
            tokens.AddRange([Pick(["query", "mutation", "subscription"]), ":", TypeName()]);
        }

        tokens.Add("}");
    }

    private void Implements(List<string> tokens)
    {
        if (Chance(40))
        {
            tokens.Add("implements");
            DelimitedList(tokens, "&", TypeName);
        }
    }

    private void UnionMembers(List<string> tokens, bool required)
    {
        if (required || Chance(80))
        {
            tokens.Add("=");
            DelimitedList(tokens, "|", TypeName);
        }
    }

    private void DelimitedList(List<string> tokens, string delimiter, Func<string> item)
    {
        if (Chance(20))
        {
            tokens.Add(delimiter);
        }

        int count = 1 + _random.Next(3);
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                tokens.Add(delimiter);
            }

            tokens.Add(item());
        }
    }

    private void FieldDefinitions(List<string> tokens, bool required)
    {
        if (!required && Chance(15))
        {
            return;
        }

        tokens.Add("{");
        int count = 1 + _random.Next(4);
        for (int i = 0; i < count; i++)
        {
            MaybeDescription(tokens);
            tokens.Add(Name());
            InputFields(tokens, "(", ")", required: false);
            tokens.Add(":");
            Type(tokens, 0);
            Directives(tokens, isConst: true);
        }

        tokens.Add("}");
    }

    private void InputFields(List<string> tokens, string open, string close, bool required)
    {
        if (!required && Chance(50))
        {
            return;
        }

        tokens.Add(open);
        int count = 1 + _random.Next(3);
        for (int i = 0; i < count; i++)
        {
            MaybeDescription(tokens);
            tokens.AddRange([Name(), ":"]);
            Type(tokens, 0);
            if (Chance(30))
            {
                tokens.Add("=");
                Value(tokens, 1, isConst: true);
            }

            Directives(tokens, isConst: true);
        }

        tokens.Add(close);
    }

    private void EnumValues(List<string> tokens, bool required)
    {
        if (!required && Chance(15))
        {
            return;
        }

        tokens.Add("{");
        int count = 1 + _random.Next(4);
        for (int i = 0; i < count; i++)
        {
            MaybeDescription(tokens);
            tokens.Add(Pick(["A", "B", "VALUE", "on", "query", "True", "NULL"]));
            Directives(tokens, isConst: true);
        }

        tokens.Add("}");
    }
}
