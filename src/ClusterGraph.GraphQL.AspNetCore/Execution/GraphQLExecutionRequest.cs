using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>One well-formed GraphQL-over-HTTP request, as the transport hands it to the engine.</summary>
public sealed class GraphQLExecutionRequest
{
    /// <summary>The document text (already looked up when the client sent only a persisted-query hash).</summary>
    public required string Query { get; init; }

    /// <summary>The operation to run, or null when the document has exactly one.</summary>
    public string? OperationName { get; init; }

    /// <summary>The variables: a JSON object, or null when the client sent none.</summary>
    public JsonElement? Variables { get; init; }

    /// <summary>The request's <c>extensions</c>: a JSON object, or null when the client sent none.</summary>
    public JsonElement? Extensions { get; init; }

    /// <summary>Which operation types may run: GET allows queries only; the executor answers
    /// <see cref="GraphQLExecutionOutcome.OperationNotAllowed"/> for any other.</summary>
    public GraphQLOperationKinds AllowedOperations { get; init; } = GraphQLOperationKinds.All;

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried (per environment or role).</summary>
    public bool AllowIntrospection { get; init; } = true;

    /// <summary>Whether validation messages may suggest names ("Did you mean …?").</summary>
    public bool IncludeSuggestions { get; init; } = true;

    /// <summary>The HTTP request this came from.</summary>
    public required HttpContext HttpContext { get; init; }

    /// <summary>The caller.</summary>
    public ClaimsPrincipal User => HttpContext.User;
}
