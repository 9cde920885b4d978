using ClusterGraph.GraphQL.Errors;

namespace ClusterGraph.GraphQL.Types;

/// <summary>A schema (SDL) that cannot be built or is invalid; <see cref="Errors"/> lists every problem found.</summary>
public sealed class SchemaException : Exception
{
    public SchemaException(string message)
        : this([new GraphQLError(message)])
    {
    }

    public SchemaException(IReadOnlyList<GraphQLError> errors)
        : base(string.Join("\n\n", errors.Select(e => e.ToString())))
    {
        Errors = errors;
    }

    public SchemaException()
        : this("Invalid schema.")
    {
    }

    public SchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new GraphQLError(message)];
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
