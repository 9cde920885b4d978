using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClusterGraph.GraphQL.Utilities;

/// <summary>
/// Views CLR values, <see cref="JsonElement"/> and <see cref="JsonNode"/> alike as JavaScript values
/// (null, boolean, number, string, array, object), so coercion follows graphql-js's rules whatever the
/// resolver or variables handed us.
/// </summary>
public static class JsValue
{
    /// <summary>The JavaScript kind of <paramref name="value"/>.</summary>
    public static JsKind KindOf(object? value)
    {
        switch (value)
        {
            case null:
                return JsKind.Null;
            case string:
            case char:
                return JsKind.String;
            case bool:
                return JsKind.Boolean;
            case int or long or double or float or decimal or short or byte or sbyte or uint or ulong or ushort:
                return JsKind.Number;
            case JsonElement element:
                return element.ValueKind switch
                {
                    JsonValueKind.Undefined => JsKind.Undefined,
                    JsonValueKind.Null => JsKind.Null,
                    JsonValueKind.True or JsonValueKind.False => JsKind.Boolean,
                    JsonValueKind.Number => JsKind.Number,
                    JsonValueKind.String => JsKind.String,
                    JsonValueKind.Array => JsKind.Array,
                    _ => JsKind.Object,
                };
            case JsonArray:
                return JsKind.Array;
            case JsonObject:
                return JsKind.Object;
            case JsonValue jsonValue:
                return KindOf(Unwrap(jsonValue));
            case IDictionary or IReadOnlyDictionary<string, object?>:
                return JsKind.Object;
            case IEnumerable:
                return JsKind.Array;
            default:
                return JsKind.Object;
        }
    }

    /// <summary>The number a numeric value holds (callers check <see cref="KindOf"/> first).</summary>
    public static double ToDouble(object? value) => value switch
    {
        int i => i,
        long l => l,
        double d => d,
        float f => f,
        decimal m => (double)m,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        uint ui => ui,
        ulong ul => ul,
        ushort us => us,
        JsonElement { ValueKind: JsonValueKind.Number } element => element.GetDouble(),
        JsonValue jsonValue => ToDouble(Unwrap(jsonValue)),
        _ => double.NaN,
    };

    /// <summary>The text a string value holds (callers check <see cref="KindOf"/> first).</summary>
    public static string ToText(object? value) => value switch
    {
        string s => s,
        char c => c.ToString(),
        JsonElement element => element.GetString() ?? string.Empty,
        JsonValue jsonValue => ToText(Unwrap(jsonValue)),
        _ => string.Empty,
    };

    /// <summary>The truth a boolean value holds (callers check <see cref="KindOf"/> first).</summary>
    public static bool ToBoolean(object? value) => value switch
    {
        bool b => b,
        JsonElement element => element.ValueKind == JsonValueKind.True,
        JsonValue jsonValue => ToBoolean(Unwrap(jsonValue)),
        _ => false,
    };

    /// <summary>The items of an array value.</summary>
    public static IEnumerable<object?> Items(object? value)
    {
        switch (value)
        {
            case JsonElement element:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    yield return item;
                }

                break;
            case IEnumerable enumerable:
                foreach (object? item in enumerable)
                {
                    yield return item;
                }

                break;
        }
    }

    /// <summary>The own properties of an object value, in order.</summary>
    public static IEnumerable<KeyValuePair<string, object?>> Properties(object? value)
    {
        switch (value)
        {
            case JsonElement element:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    yield return new(property.Name, property.Value);
                }

                break;
            case JsonObject jsonObject:
                foreach (KeyValuePair<string, JsonNode?> property in jsonObject)
                {
                    yield return new(property.Key, property.Value);
                }

                break;
            case IReadOnlyDictionary<string, object?> readOnly:
                foreach (KeyValuePair<string, object?> property in readOnly)
                {
                    yield return property;
                }

                break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    yield return new(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty, entry.Value);
                }

                break;
            case null:
                break;
            default:
                foreach (PropertyInfo property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.GetIndexParameters().Length == 0)
                    {
                        yield return new(property.Name, property.GetValue(value));
                    }
                }

                break;
        }
    }

    /// <summary>
    /// Reads property <paramref name="name"/> of an object value: found is false when the value has no
    /// such property (JavaScript's undefined).
    /// </summary>
    public static bool TryGetProperty(object? value, string name, out object? property)
    {
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                if (element.TryGetProperty(name, out JsonElement found))
                {
                    property = found;
                    return true;
                }

                break;
            case JsonObject jsonObject:
                if (jsonObject.TryGetPropertyValue(name, out JsonNode? node))
                {
                    property = node;
                    return true;
                }

                break;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(name, out property);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out property);
            case IDictionary legacy:
                if (legacy.Contains(name))
                {
                    property = legacy[name];
                    return true;
                }

                break;
        }

        property = null;
        return false;
    }

    /// <summary>A <see cref="JsonValue"/>'s primitive (string, bool, double) or its <see cref="JsonElement"/>.</summary>
    public static object? Unwrap(JsonValue value)
    {
        if (value.TryGetValue(out JsonElement element))
        {
            return element;
        }

        if (value.TryGetValue(out string? text))
        {
            return text;
        }

        if (value.TryGetValue(out bool flag))
        {
            return flag;
        }

        if (value.TryGetValue(out int number))
        {
            return number;
        }

        if (value.TryGetValue(out long wide))
        {
            return wide;
        }

        if (value.TryGetValue(out double real))
        {
            return real;
        }

        return value.GetValue<object>();
    }

    /// <summary>Whether a number holds an integral value, as JavaScript's Number.isInteger.</summary>
    public static bool IsInteger(double number) => double.IsFinite(number) && Math.Floor(number) == number;

    /// <summary>Formats a number the way JavaScript's Number.prototype.toString does.</summary>
    public static string FormatNumber(double number)
    {
        if (double.IsNaN(number))
        {
            return "NaN";
        }

        if (double.IsInfinity(number))
        {
            return number > 0 ? "Infinity" : "-Infinity";
        }

        if (number == 0)
        {
            return "0";
        }

        // Shortest round-trip digits, then ECMAScript's placement rules (Number::toString).
        string shortest = number.ToString("R", CultureInfo.InvariantCulture);
        bool negative = shortest[0] == '-';
        string body = negative ? shortest[1..] : shortest;
        int exponentIndex = body.IndexOfAny(['E', 'e']);
        string mantissa = exponentIndex >= 0 ? body[..exponentIndex] : body;
        int exponent = exponentIndex >= 0 ? int.Parse(body[(exponentIndex + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        int point = mantissa.IndexOf('.', StringComparison.Ordinal);
        string digits = point >= 0 ? mantissa.Remove(point, 1) : mantissa;
        int integerDigits = point >= 0 ? point : mantissa.Length;
        int leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        digits = digits[leadingZeros..].TrimEnd('0');
        if (digits.Length == 0)
        {
            return "0";
        }

        // n: position of the decimal point relative to the digit string (value = 0.digits × 10^n).
        int n = integerDigits - leadingZeros + exponent;
        int k = digits.Length;
        string text;
        if (k <= n && n <= 21)
        {
            text = digits + new string('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            text = digits[..n] + "." + digits[n..];
        }
        else if (-6 < n && n <= 0)
        {
            text = "0." + new string('0', -n) + digits;
        }
        else
        {
            int e = n - 1;
            string sign = e < 0 ? "-" : "+";
            string head = k == 1 ? digits : digits[..1] + "." + digits[1..];
            text = head + "e" + sign + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        }

        return negative ? "-" + text : text;
    }

    /// <summary>JavaScript's Number(string): trims white space; decimal, 0x/0o/0b, Infinity; NaN otherwise.</summary>
    public static double ParseNumber(string text)
    {
        string s = text.Trim(s_jsWhiteSpace);
        if (s.Length == 0)
        {
            return 0;
        }

        if (s.Length > 2 && s[0] == '0' && (s[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B'))
        {
            int radix = s[1] is 'x' or 'X' ? 16 : s[1] is 'o' or 'O' ? 8 : 2;
            double result = 0;
            for (int i = 2; i < s.Length; i++)
            {
                int digit = HexDigit(s[i]);
                if (digit < 0 || digit >= radix)
                {
                    return double.NaN;
                }

                result = (result * radix) + digit;
            }

            return result;
        }

        string unsigned = s[0] is '+' or '-' ? s[1..] : s;
        if (unsigned == "Infinity")
        {
            return s[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        }

        foreach (char c in unsigned)
        {
            if (!(char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-'))
            {
                return double.NaN;
            }
        }

        if (unsigned.Length == 0 || unsigned[0] is '+' or '-' || unsigned == ".")
        {
            return double.NaN;
        }

        return double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out double parsed)
            ? parsed
            : double.NaN;
    }

    private static readonly char[] s_jsWhiteSpace =
    [
        ' ', '\t', '\n', '\v', '\f', '\r', '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004',
        '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF',
    ];

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
