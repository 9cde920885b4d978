using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Execution;

/// <summary>
/// CoerceArgumentValues (https://spec.graphql.org/October2021/#sec-Coercing-Field-Arguments) with
/// graphql-js's messages; throws <see cref="GraphQLError"/> located at the offending node.
/// </summary>
public static class ArgumentValues
{
    private static readonly IReadOnlyDictionary<string, object?> s_none = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> Coerce(
        IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        SyntaxNode node,
        IReadOnlyDictionary<string, object?>? variables)
    {
        if (definitions.Count == 0)
        {
            return s_none;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (InputValueDefinition definition in definitions)
        {
            string name = definition.Name;
            GraphQLType type = definition.Type;
            ArgumentNode? argument = null;
            foreach (ArgumentNode candidate in arguments)
            {
                if (candidate.Name.Value == name)
                {
                    argument = candidate;
                    break;
                }
            }

            if (argument is null)
            {
                if (definition.HasDefaultValue)
                {
                    coerced[name] = definition.DefaultValue;
                }
                else if (type.IsNonNull)
                {
                    throw GraphQLError.At($"Argument \"{name}\" of required type \"{type}\" was not provided.", node);
                }

                continue;
            }

            ValueNode valueNode = argument.Value;
            bool isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                string variableName = variable.Name.Value;
                if (variables is null || !variables.TryGetValue(variableName, out object? variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        coerced[name] = definition.DefaultValue;
                    }
                    else if (type.IsNonNull)
                    {
                        throw GraphQLError.At(
                            $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            valueNode);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type.IsNonNull)
            {
                throw GraphQLError.At($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", valueNode);
            }

            if (!ValueFromAst.TryCoerce(valueNode, type, variables, out object? value))
            {
                throw GraphQLError.At($"Argument \"{name}\" has invalid value {AstPrinter.Print(valueNode)}.", valueNode);
            }

            coerced[name] = value;
        }

        return coerced;
    }
}
