using System.Globalization;
using System.Text;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Utilities;

/// <summary>
/// Prints value and type references the way graphql-js's printer does, for error messages, default
/// values in introspection and the schema printer (the engine needs only these node kinds).
/// </summary>
public static class AstPrinter
{
    private const int MaxDepth = 512;

    public static string Print(ValueNode value)
    {
        var builder = new StringBuilder();
        AppendValue(builder, value, 0);
        return builder.ToString();
    }

    public static string Print(TypeNode type) => type switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + Print(list.Type) + "]",
        NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
        _ => string.Empty,
    };

    /// <summary>A string literal with graphql-js's escapes (control characters, quote, backslash, C1 controls).</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        AppendString(builder, value);
        return builder.ToString();
    }

    private static void AppendValue(StringBuilder builder, ValueNode value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"A value literal nests deeper than {MaxDepth} levels.");
        }

        switch (value)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value);
                break;
            case IntValueNode i:
                builder.Append(i.Value);
                break;
            case FloatValueNode f:
                builder.Append(f.Value);
                break;
            case StringValueNode s when s.Block:
                builder.Append(BlockString.Print(s.Value));
                break;
            case StringValueNode s:
                AppendString(builder, s.Value);
                break;
            case BooleanValueNode b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case NullValueNode:
                builder.Append("null");
                break;
            case EnumValueNode e:
                builder.Append(e.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                for (int i = 0; i < list.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    AppendValue(builder, list.Values[i], depth + 1);
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                builder.Append('{');
                for (int i = 0; i < obj.Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    builder.Append(obj.Fields[i].Name.Value).Append(": ");
                    AppendValue(builder, obj.Fields[i].Value, depth + 1);
                }

                builder.Append('}');
                break;
        }
    }

    private static void AppendString(StringBuilder builder, string value) => Language.QuotedStrings.Append(builder, value);
}
