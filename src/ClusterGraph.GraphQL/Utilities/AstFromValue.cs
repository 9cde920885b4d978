using System.Text.RegularExpressions;
using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Utilities;

/// <summary>
/// Internal value → literal (graphql-js astFromValue): how default values are printed in SDL and
/// introspection. Null means "no literal" (graphql-js's null/undefined result).
/// </summary>
public static partial class AstFromValue
{
    private const int MaxDepth = 256;

    public static ValueNode? Convert(object? value, GraphQLType type) => Convert(value, type, 0);

    private static ValueNode? Convert(object? value, GraphQLType type, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        if (type is NonNullType nonNull)
        {
            ValueNode? inner = Convert(value, nonNull.OfType, depth + 1);
            return inner is NullValueNode ? null : inner;
        }

        JsKind kind = JsValue.KindOf(value);
        if (kind == JsKind.Null)
        {
            return new NullValueNode();
        }

        if (kind == JsKind.Undefined)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (kind == JsKind.Array)
                {
                    var items = new List<ValueNode>();
                    foreach (object? item in JsValue.Items(value))
                    {
                        if (Convert(item, list.OfType, depth + 1) is { } itemNode)
                        {
                            items.Add(itemNode);
                        }
                    }

                    return new ListValueNode { Values = items };
                }

                return Convert(value, list.OfType, depth + 1);

            case InputObjectType input:
                if (kind != JsKind.Object)
                {
                    return null;
                }

                var fields = new List<ObjectFieldNode>();
                foreach (InputValueDefinition field in input.Fields)
                {
                    if (JsValue.TryGetProperty(value, field.Name, out object? fieldValue)
                        && Convert(fieldValue, field.Type, depth + 1) is { } fieldNode)
                    {
                        fields.Add(new ObjectFieldNode { Name = new NameNode { Value = field.Name }, Value = fieldNode });
                    }
                }

                return new ObjectValueNode { Fields = fields };

            case ScalarType or EnumType:
                object? serialized;
                try
                {
                    serialized = type is EnumType enumType ? enumType.Serialize(value) : ((ScalarType)type).Serialize(value);
                }
                catch (GraphQLError)
                {
                    return null;
                }

                return FromSerialized(serialized, type);

            default:
                return null;
        }
    }

    private static ValueNode? FromSerialized(object? serialized, GraphQLType type)
    {
        switch (JsValue.KindOf(serialized))
        {
            case JsKind.Null or JsKind.Undefined:
                return null;
            case JsKind.Boolean:
                return new BooleanValueNode { Value = JsValue.ToBoolean(serialized) };
            case JsKind.Number:
                double number = JsValue.ToDouble(serialized);
                if (!double.IsFinite(number))
                {
                    return null;
                }

                string text = JsValue.FormatNumber(number);
                return IntegerPattern().IsMatch(text) ? new IntValueNode { Value = text } : new FloatValueNode { Value = text };
            case JsKind.String:
                string s = JsValue.ToText(serialized);
                if (type is EnumType)
                {
                    return new EnumValueNode { Value = s };
                }

                if (ReferenceEquals(type, BuiltInScalars.ID) && IntegerPattern().IsMatch(s))
                {
                    return new IntValueNode { Value = s };
                }

                return new StringValueNode { Value = s };
            default:
                throw new GraphQLError($"Cannot convert value to AST: {Inspect.Value(serialized)}.");
        }
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerPattern();
}
