using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClusterGraph.GraphQL.Utilities;

/// <summary>
/// Renders a runtime value for an error message exactly as graphql-js's <c>inspect</c> does:
/// strings JSON-quoted, objects as <c>{ a: 1 }</c>, arrays as <c>[1, 2]</c> (ten items at most),
/// nesting beyond two levels as <c>[Object]</c>/<c>[Array]</c>.
/// </summary>
public static class Inspect
{
    private const int MaxArrayLength = 10;
    private const int MaxRecursiveDepth = 2;

    public static string Value(object? value)
    {
        var builder = new StringBuilder();
        Format(builder, value, 0);
        return builder.ToString();
    }

    /// <summary>JSON.stringify of a string: quotes, backslash and control characters escaped, the rest kept.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        AppendQuoted(builder, text);
        return builder.ToString();
    }

    private static void Format(StringBuilder builder, object? value, int depth)
    {
        switch (JsValue.KindOf(value))
        {
            case JsKind.Undefined:
                builder.Append("undefined");
                return;
            case JsKind.Null:
                builder.Append("null");
                return;
            case JsKind.Boolean:
                builder.Append(JsValue.ToBoolean(value) ? "true" : "false");
                return;
            case JsKind.Number:
                builder.Append(JsValue.FormatNumber(JsValue.ToDouble(value)));
                return;
            case JsKind.String:
                AppendQuoted(builder, JsValue.ToText(value));
                return;
            case JsKind.Array:
                FormatArray(builder, value, depth);
                return;
            default:
                FormatObject(builder, value, depth);
                return;
        }
    }

    private static void FormatArray(StringBuilder builder, object? value, int depth)
    {
        var items = JsValue.Items(value).ToList();
        if (items.Count == 0)
        {
            builder.Append("[]");
            return;
        }

        if (depth >= MaxRecursiveDepth)
        {
            builder.Append("[Array]");
            return;
        }

        builder.Append('[');
        int shown = Math.Min(MaxArrayLength, items.Count);
        for (int i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            Format(builder, items[i], depth + 1);
        }

        int remaining = items.Count - shown;
        if (remaining == 1)
        {
            builder.Append(", ... 1 more item");
        }
        else if (remaining > 1)
        {
            builder.Append(", ... ").Append(remaining).Append(" more items");
        }

        builder.Append(']');
    }

    private static void FormatObject(StringBuilder builder, object? value, int depth)
    {
        if (value is Enum)
        {
            builder.Append(value);
            return;
        }

        var properties = JsValue.Properties(value).ToList();
        if (properties.Count == 0)
        {
            builder.Append("{}");
            return;
        }

        if (depth >= MaxRecursiveDepth)
        {
            builder.Append(value is JsonElement or JsonNode or IDictionary<string, object?> or IReadOnlyDictionary<string, object?>
                ? "[Object]"
                : "[" + value!.GetType().Name + "]");
            return;
        }

        builder.Append("{ ");
        for (int i = 0; i < properties.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(properties[i].Key).Append(": ");
            Format(builder, properties[i].Value, depth + 1);
        }

        builder.Append(" }");
    }

    private static void AppendQuoted(StringBuilder builder, string text)
    {
        builder.Append('"');
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c < ' ' || (char.IsSurrogate(c) && !IsPairedSurrogate(text, i)))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    private static bool IsPairedSurrogate(string text, int i) =>
        char.IsHighSurrogate(text[i])
            ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            : i > 0 && char.IsHighSurrogate(text[i - 1]);
}
