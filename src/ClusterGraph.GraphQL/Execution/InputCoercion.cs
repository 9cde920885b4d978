using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Execution;

/// <summary>
/// Coerces an external (JSON / CLR) input value to an input type, reporting every problem with the
/// path inside the value (graphql-js coerceInputValue,
/// https://spec.graphql.org/October2021/#sec-Input-Values).
/// </summary>
public static class InputCoercion
{
    private const int MaxDepth = 256;

    /// <summary>Receives (path inside the value, the offending value, the error).</summary>
    public delegate void ErrorHandler(IReadOnlyList<object> path, object? invalidValue, GraphQLError error);

    public static object? Coerce(object? value, GraphQLType type, ErrorHandler onError) =>
        Coerce(value, type, onError, [], 0);

    /// <summary>graphql-js's printPathArray: <c>.field[0].other</c>.</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        var builder = new System.Text.StringBuilder();
        foreach (object segment in path)
        {
            if (segment is int index)
            {
                builder.Append('[').Append(index).Append(']');
            }
            else
            {
                builder.Append('.').Append(segment);
            }
        }

        return builder.ToString();
    }

    private static object? Coerce(object? value, GraphQLType type, ErrorHandler onError, List<object> path, int depth)
    {
        if (depth > MaxDepth)
        {
            onError([.. path], value, new GraphQLError($"Input value nests deeper than {MaxDepth} levels."));
            return null;
        }

        JsKind kind = JsValue.KindOf(value);
        bool isNullish = kind is JsKind.Null or JsKind.Undefined;
        if (type is NonNullType nonNull)
        {
            if (!isNullish)
            {
                return Coerce(value, nonNull.OfType, onError, path, depth + 1);
            }

            onError([.. path], value, new GraphQLError($"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }

        if (isNullish)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (kind == JsKind.Array)
                {
                    var items = new List<object?>();
                    int index = 0;
                    foreach (object? item in JsValue.Items(value))
                    {
                        path.Add(index);
                        items.Add(Coerce(item, list.OfType, onError, path, depth + 1));
                        path.RemoveAt(path.Count - 1);
                        index++;
                    }

                    return items;
                }

                return new List<object?> { Coerce(value, list.OfType, onError, path, depth + 1) };

            case InputObjectType input:
                return CoerceInputObject(value, kind, input, onError, path, depth);

            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (GraphQLError error)
                {
                    onError([.. path], value, error);
                    return null;
                }
                catch (Exception e)
                {
                    onError([.. path], value, new GraphQLError($"Expected type \"{scalar.Name}\". {e.Message}", e));
                    return null;
                }

            case EnumType enumType:
                try
                {
                    return enumType.ParseValue(value);
                }
                catch (GraphQLError error)
                {
                    onError([.. path], value, error);
                    return null;
                }

            default:
                onError([.. path], value, new GraphQLError($"Expected type \"{type}\"."));
                return null;
        }
    }

    private static Dictionary<string, object?>? CoerceInputObject(
        object? value, JsKind kind, InputObjectType input, ErrorHandler onError, List<object> path, int depth)
    {
        if (kind != JsKind.Object)
        {
            onError([.. path], value, new GraphQLError($"Expected type \"{input.Name}\" to be an object."));
            return null;
        }

        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (KeyValuePair<string, object?> property in JsValue.Properties(value))
        {
            if (properties.TryAdd(property.Key, property.Value))
            {
                order.Add(property.Key);
            }
            else
            {
                properties[property.Key] = property.Value;
            }
        }

        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (InputValueDefinition field in input.Fields)
        {
            if (!properties.TryGetValue(field.Name, out object? fieldValue) || JsValue.KindOf(fieldValue) == JsKind.Undefined)
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = field.DefaultValue;
                }
                else if (field.Type.IsNonNull)
                {
                    onError([.. path], value, new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                }

                continue;
            }

            path.Add(field.Name);
            coerced[field.Name] = Coerce(fieldValue, field.Type, onError, path, depth + 1);
            path.RemoveAt(path.Count - 1);
        }

        foreach (string name in order)
        {
            if (input.GetField(name) is null)
            {
                List<string> suggestions = Suggestions.List(name, input.Fields.Select(f => f.Name));
                onError([.. path], value, new GraphQLError($"Field \"{name}\" is not defined by type \"{input.Name}\"." + Suggestions.DidYouMean(suggestions)));
            }
        }

        if (input.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                onError([.. path], value, new GraphQLError($"Exactly one key must be specified for OneOf type \"{input.Name}\"."));
            }

            if (coerced.Count > 0)
            {
                KeyValuePair<string, object?> first = coerced.First();
                if (first.Value is null)
                {
                    onError([.. path, first.Key], null, new GraphQLError($"Field \"{first.Key}\" must be non-null."));
                }
            }
        }

        return coerced;
    }
}
