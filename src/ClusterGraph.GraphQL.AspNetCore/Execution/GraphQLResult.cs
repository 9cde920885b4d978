namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>
/// The result of an operation that executed (the response has a <c>data</c> key, possibly null).
/// <see cref="Data"/> is written as JSON by the transport without an intermediate string: it may be
/// null, a <see cref="System.Text.Json.JsonElement"/>, <see cref="System.Text.Json.Nodes.JsonNode"/> or
/// <see cref="ClusterGraph.GraphQL.Utilities.RawJsonValue"/> (serialized JSON, copied as it is), a
/// string, bool or number, a string-keyed dictionary or key/value sequence (kept in order), or a
/// sequence of such values.
/// </summary>
public sealed class GraphQLResult
{
    /// <summary>The <c>data</c> entry (null when execution failed at a non-null root field).</summary>
    public object? Data { get; init; }

    /// <summary>Field errors raised during execution.</summary>
    public IReadOnlyList<GraphQLResponseError> Errors { get; init; } = [];

    /// <summary>The response's <c>extensions</c> entry, when the engine has one (tracing, cost …).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
}
