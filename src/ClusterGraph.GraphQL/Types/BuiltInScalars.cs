using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Types;

/// <summary>
/// The five specified scalars with graphql-js 16.11.0's exact coercion rules and messages
/// (https://spec.graphql.org/October2021/#sec-Scalars.Built-in-Scalars).
/// </summary>
public static class BuiltInScalars
{
    public static ScalarType Int { get; } = new IntScalar();

    public static ScalarType Float { get; } = new FloatScalar();

    public static ScalarType String { get; } = new StringScalar();

    public static ScalarType Boolean { get; } = new BooleanScalar();

    public static ScalarType ID { get; } = new IdScalar();

    /// <summary>In graphql-js's order: String, Int, Float, Boolean, ID.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    public static bool IsBuiltIn(NamedType type) => type.Name is "String" or "Int" or "Float" or "Boolean" or "ID";

    public static ScalarType? Find(string name) => name switch
    {
        "String" => String,
        "Int" => Int,
        "Float" => Float,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };

    /// <summary>Unwraps CLR enums (by name) before coercion, the way valueOf() unwraps boxed values in JS.</summary>
    private static object? Primitive(object? value) => value is Enum e ? e.ToString() : value;

    /// <summary>
    /// The number Int and Float results are judged by: booleans as 1/0, numbers, non-empty strings read
    /// as JavaScript's Number() reads them; false for anything else.
    /// </summary>
    private static bool TryOutputNumber(object? value, out double number)
    {
        switch (JsValue.KindOf(value))
        {
            case JsKind.Boolean:
                number = JsValue.ToBoolean(value) ? 1 : 0;
                return true;
            case JsKind.Number:
                number = JsValue.ToDouble(value);
                return true;
            case JsKind.String when JsValue.ToText(value).Length > 0:
                number = JsValue.ParseNumber(JsValue.ToText(value));
                return true;
            default:
                number = double.NaN;
                return false;
        }
    }

    private sealed class IntScalar() : ScalarType(
        "Int",
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
        public override object? Serialize(object? value)
        {
            if (value is int)
            {
                return value;
            }

            value = Primitive(value);
            if (!TryOutputNumber(value, out double number) || !JsValue.IsInteger(number))
            {
                throw new GraphQLError("Int cannot represent non-integer value: " + Inspect.Value(value));
            }

            if (number is > int.MaxValue or < int.MinValue)
            {
                throw new GraphQLError("Int cannot represent non 32-bit signed integer value: " + Inspect.Value(value));
            }

            return (int)number;
        }

        public override object? ParseValue(object? value)
        {
            if (value is int)
            {
                return value;
            }

            if (JsValue.KindOf(value) != JsKind.Number || !JsValue.IsInteger(JsValue.ToDouble(value)))
            {
                throw new GraphQLError("Int cannot represent non-integer value: " + Inspect.Value(value));
            }

            double number = JsValue.ToDouble(value);
            if (number is > int.MaxValue or < int.MinValue)
            {
                throw new GraphQLError("Int cannot represent non 32-bit signed integer value: " + JsValue.FormatNumber(number));
            }

            return (int)number;
        }

        public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables)
        {
            if (value is not IntValueNode literal)
            {
                throw new GraphQLError("Int cannot represent non-integer value: " + AstPrinter.Print(value));
            }

            if (!int.TryParse(literal.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int number))
            {
                throw new GraphQLError("Int cannot represent non 32-bit signed integer value: " + literal.Value);
            }

            return number;
        }
    }

    private sealed class FloatScalar() : ScalarType(
        "Float",
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
        public override object? Serialize(object? value)
        {
            if (value is double d && double.IsFinite(d))
            {
                return value;
            }

            value = Primitive(value);
            if (!TryOutputNumber(value, out double number) || !double.IsFinite(number))
            {
                throw new GraphQLError("Float cannot represent non numeric value: " + Inspect.Value(value));
            }

            return number;
        }

        public override object? ParseValue(object? value)
        {
            if (JsValue.KindOf(value) != JsKind.Number || !double.IsFinite(JsValue.ToDouble(value)))
            {
                throw new GraphQLError("Float cannot represent non numeric value: " + Inspect.Value(value));
            }

            return JsValue.ToDouble(value);
        }

        public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables) => value switch
        {
            FloatValueNode f => double.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture),
            IntValueNode i => double.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new GraphQLError("Float cannot represent non numeric value: " + AstPrinter.Print(value)),
        };
    }

    private sealed class StringScalar() : ScalarType(
        "String",
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
        public override object? Serialize(object? value)
        {
            if (value is string)
            {
                return value;
            }

            object? primitive = Primitive(value);
            switch (JsValue.KindOf(primitive))
            {
                case JsKind.String:
                    return JsValue.ToText(primitive);
                case JsKind.Boolean:
                    return JsValue.ToBoolean(primitive) ? "true" : "false";
                case JsKind.Number when double.IsFinite(JsValue.ToDouble(primitive)):
                    return JsValue.FormatNumber(JsValue.ToDouble(primitive));
                default:
                    throw new GraphQLError("String cannot represent value: " + Inspect.Value(value));
            }
        }

        public override object? ParseValue(object? value)
        {
            if (value is string)
            {
                return value;
            }

            if (JsValue.KindOf(value) != JsKind.String)
            {
                throw new GraphQLError("String cannot represent a non string value: " + Inspect.Value(value));
            }

            return JsValue.ToText(value);
        }

        public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables) =>
            value is StringValueNode s
                ? s.Value
                : throw new GraphQLError("String cannot represent a non string value: " + AstPrinter.Print(value));
    }

    private sealed class BooleanScalar() : ScalarType("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
        public override object? Serialize(object? value)
        {
            if (value is bool)
            {
                return value;
            }

            value = Primitive(value);
            switch (JsValue.KindOf(value))
            {
                case JsKind.Boolean:
                    return JsValue.ToBoolean(value);
                case JsKind.Number when double.IsFinite(JsValue.ToDouble(value)):
                    return JsValue.ToDouble(value) != 0;
                default:
                    throw new GraphQLError("Boolean cannot represent a non boolean value: " + Inspect.Value(value));
            }
        }

        public override object? ParseValue(object? value) =>
            JsValue.KindOf(value) == JsKind.Boolean
                ? JsValue.ToBoolean(value)
                : throw new GraphQLError("Boolean cannot represent a non boolean value: " + Inspect.Value(value));

        public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables) =>
            value is BooleanValueNode b
                ? b.Value
                : throw new GraphQLError("Boolean cannot represent a non boolean value: " + AstPrinter.Print(value));
    }

    private sealed class IdScalar() : ScalarType(
        "ID",
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
        public override object? Serialize(object? value)
        {
            if (value is string)
            {
                return value;
            }

            object? primitive = Primitive(value);
            JsKind kind = JsValue.KindOf(primitive);
            if (kind == JsKind.String)
            {
                return JsValue.ToText(primitive);
            }

            if (kind == JsKind.Number && JsValue.IsInteger(JsValue.ToDouble(primitive)))
            {
                return JsValue.FormatNumber(JsValue.ToDouble(primitive));
            }

            throw new GraphQLError("ID cannot represent value: " + Inspect.Value(value));
        }

        public override object? ParseValue(object? value)
        {
            JsKind kind = JsValue.KindOf(value);
            if (kind == JsKind.String)
            {
                return JsValue.ToText(value);
            }

            if (kind == JsKind.Number && JsValue.IsInteger(JsValue.ToDouble(value)))
            {
                return JsValue.FormatNumber(JsValue.ToDouble(value));
            }

            throw new GraphQLError("ID cannot represent value: " + Inspect.Value(value));
        }

        public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables) => value switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw new GraphQLError("ID cannot represent a non-string and non-integer value: " + AstPrinter.Print(value)),
        };
    }
}
