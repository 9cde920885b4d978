using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Execution;

/// <summary>
/// Coerces the request's variables against the operation's definitions
/// (https://spec.graphql.org/October2021/#sec-Coercing-Variable-Values), with graphql-js's messages and
/// its cap of 50 errors.
/// </summary>
public static class VariableValues
{
    public const int MaxErrors = 50;

    private static readonly IReadOnlyDictionary<string, object?> s_none = new Dictionary<string, object?>();

    /// <summary>The coerced values, or the errors (then the operation must not run).</summary>
    public static (IReadOnlyDictionary<string, object?>? Values, List<GraphQLError>? Errors) Coerce(
        Schema schema, IReadOnlyList<VariableDefinitionNode> definitions, IReadOnlyDictionary<string, object?>? inputs)
    {
        if (definitions.Count == 0)
        {
            return (s_none, null);
        }

        var errors = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (VariableDefinitionNode definition in definitions)
        {
            CoerceOne(schema, definition, inputs, coerced, errors);
            if (errors.Count > MaxErrors)
            {
                break;
            }
        }

        if (errors.Count > MaxErrors)
        {
            // graphql-js stops at the 51st error and reports the first 50 and this one.
            errors.RemoveRange(MaxErrors, errors.Count - MaxErrors);
            errors.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
        }

        return errors.Count == 0 ? (coerced, null) : (null, errors);
    }

    private static void CoerceOne(
        Schema schema, VariableDefinitionNode definition, IReadOnlyDictionary<string, object?>? inputs, Dictionary<string, object?> coerced, List<GraphQLError> errors)
    {
        string name = definition.Variable.Name.Value;
        GraphQLType? type = TypeFromAst.Resolve(schema, definition.Type);
        if (type is null || !type.IsInputType)
        {
            Report(errors, GraphQLError.At(
                $"Variable \"${name}\" expected value of type \"{AstPrinter.Print(definition.Type)}\" which cannot be used as an input type.",
                definition.Type));
            return;
        }

        if (inputs is null || !inputs.TryGetValue(name, out object? input) || JsValue.KindOf(input) == JsKind.Undefined)
        {
            if (definition.DefaultValue is not null)
            {
                ValueFromAst.TryCoerce(definition.DefaultValue, type, null, out object? defaultValue);
                coerced[name] = defaultValue;
            }
            else if (type.IsNonNull)
            {
                Report(errors, GraphQLError.At($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
            }

            return;
        }

        if (JsValue.KindOf(input) == JsKind.Null && type.IsNonNull)
        {
            Report(errors, GraphQLError.At($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
            return;
        }

        coerced[name] = InputCoercion.Coerce(input, type, (path, invalid, error) =>
        {
            string prefix = $"Variable \"${name}\" got invalid value {Inspect.Value(invalid)}";
            if (path.Count > 0)
            {
                prefix += $" at \"{name}{InputCoercion.PrintPath(path)}\"";
            }

            GraphQLError located = GraphQLError.At(prefix + "; " + error.Message, definition);
            Report(errors, located.With(extensions: error.Extensions));
        });
    }

    private static void Report(List<GraphQLError> errors, GraphQLError error)
    {
        if (errors.Count <= MaxErrors)
        {
            errors.Add(error);
        }
    }
}
