using ClusterGraph.Graph.Store;
using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Execution;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.Api.GraphQL;

/// <summary>
/// Binds resolvers to the schema builder, turning the store's <see cref="GraphQueryException"/> (a
/// malformed argument, e.g. a bad cursor) into a located GraphQL error naming the argument, with
/// code BAD_USER_INPUT, rather than a masked internal error.
/// </summary>
internal sealed class Binder(SchemaBuilder builder)
{
    public SchemaBuilder Builder { get; } = builder;

    public void Field(string coordinate, Func<FieldContext, object?> resolver) =>
        Builder.Bind(coordinate, context =>
        {
            try
            {
                return ValueTask.FromResult(resolver(context));
            }
            catch (GraphQueryException e)
            {
                throw Errors.BadInput(e.Argument, e.Message);
            }
        });

    public void Field<T>(string coordinate, Func<FieldContext, Task<T>> resolver) =>
        Builder.Bind(coordinate, async context =>
        {
            try
            {
                return await resolver(context).ConfigureAwait(false);
            }
            catch (GraphQueryException e)
            {
                throw Errors.BadInput(e.Argument, e.Message);
            }
        });

    /// <summary>The same resolver on every listed type's field of that name.</summary>
    public void Fields(IEnumerable<string> types, string field, Func<FieldContext, object?> resolver)
    {
        foreach (string type in types)
        {
            Field(type + "." + field, resolver);
        }
    }

    /// <summary>The same async resolver on every listed type's field of that name.</summary>
    public void Fields<T>(IEnumerable<string> types, string field, Func<FieldContext, Task<T>> resolver)
    {
        foreach (string type in types)
        {
            Field(type + "." + field, resolver);
        }
    }
}

/// <summary>Errors the API's resolvers raise on purpose (never masked).</summary>
internal static class Errors
{
    public const string BadUserInput = "BAD_USER_INPUT";

    public static GraphQLError BadInput(string argument, string message) =>
        new(message, null, null, new Dictionary<string, object?>
        {
            ["code"] = BadUserInput,
            ["argument"] = argument,
        });

    public static GraphQLError WithCode(string message, string code) =>
        new(message, null, null, new Dictionary<string, object?> { ["code"] = code });
}
