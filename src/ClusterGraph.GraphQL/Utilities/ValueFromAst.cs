using System.Globalization;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Utilities;

/// <summary>
/// Literal → internal value coercion (graphql-js valueFromAST): false means "no valid value" (graphql-js's
/// undefined), distinct from a valid null. Variables hold already-coerced values.
/// </summary>
public static class ValueFromAst
{
    private const int MaxDepth = 512;

    public static bool TryCoerce(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value) =>
        TryCoerce(node, type, variables, out value, 0);

    /// <summary>The value of a literal with no type to guide it (custom scalars' default literal parser).</summary>
    public static object? Untyped(ValueNode node, IReadOnlyDictionary<string, object?>? variables, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"A value literal nests deeper than {MaxDepth} levels.");
        }

        switch (node)
        {
            case NullValueNode:
                return null;
            case IntValueNode i:
                return int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int small)
                    ? small
                    : double.Parse(i.Value, CultureInfo.InvariantCulture);
            case FloatValueNode f:
                return double.Parse(f.Value, CultureInfo.InvariantCulture);
            case StringValueNode s:
                return s.Value;
            case EnumValueNode e:
                return e.Value;
            case BooleanValueNode b:
                return b.Value;
            case ListValueNode list:
                var items = new List<object?>(list.Values.Count);
                foreach (ValueNode item in list.Values)
                {
                    items.Add(Untyped(item, variables, depth + 1));
                }

                return items;
            case ObjectValueNode obj:
                var fields = new Dictionary<string, object?>(obj.Fields.Count, StringComparer.Ordinal);
                foreach (ObjectFieldNode field in obj.Fields)
                {
                    fields[field.Name.Value] = Untyped(field.Value, variables, depth + 1);
                }

                return fields;
            case VariableNode variable:
                return variables is not null && variables.TryGetValue(variable.Name.Value, out object? found) ? found : null;
            default:
                return null;
        }
    }

    private static bool TryCoerce(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value, int depth)
    {
        value = null;
        if (depth > MaxDepth)
        {
            return false;
        }

        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out object? variableValue))
            {
                return false;
            }

            if (variableValue is null && type.IsNonNull)
            {
                return false;
            }

            value = variableValue;
            return true;
        }

        if (type is NonNullType nonNull)
        {
            return node is not NullValueNode && TryCoerce(node, nonNull.OfType, variables, out value, depth + 1);
        }

        if (node is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                if (node is ListValueNode listNode)
                {
                    var items = new List<object?>(listNode.Values.Count);
                    foreach (ValueNode itemNode in listNode.Values)
                    {
                        if (IsMissingVariable(itemNode, variables))
                        {
                            if (list.OfType.IsNonNull)
                            {
                                return false;
                            }

                            items.Add(null);
                        }
                        else
                        {
                            if (!TryCoerce(itemNode, list.OfType, variables, out object? item, depth + 1))
                            {
                                return false;
                            }

                            items.Add(item);
                        }
                    }

                    value = items;
                    return true;
                }

                if (!TryCoerce(node, list.OfType, variables, out object? single, depth + 1))
                {
                    return false;
                }

                value = new List<object?> { single };
                return true;

            case InputObjectType input:
                if (node is not ObjectValueNode objectNode)
                {
                    return false;
                }

                var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (InputValueDefinition field in input.Fields)
                {
                    ObjectFieldNode? fieldNode = null;
                    foreach (ObjectFieldNode candidate in objectNode.Fields)
                    {
                        if (candidate.Name.Value == field.Name)
                        {
                            fieldNode = candidate;
                        }
                    }

                    if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
                    {
                        if (field.HasDefaultValue)
                        {
                            coerced[field.Name] = field.DefaultValue;
                        }
                        else if (field.Type.IsNonNull)
                        {
                            return false;
                        }

                        continue;
                    }

                    if (!TryCoerce(fieldNode.Value, field.Type, variables, out object? fieldValue, depth + 1))
                    {
                        return false;
                    }

                    coerced[field.Name] = fieldValue;
                }

                if (input.IsOneOf && (coerced.Count != 1 || coerced.First().Value is null))
                {
                    return false;
                }

                value = coerced;
                return true;

            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(node, variables);
                    return true;
                }
                catch (Exception)
                {
                    return false;
                }

            case EnumType enumType:
                try
                {
                    value = enumType.ParseLiteral(node);
                    return true;
                }
                catch (Errors.GraphQLError)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));
}
