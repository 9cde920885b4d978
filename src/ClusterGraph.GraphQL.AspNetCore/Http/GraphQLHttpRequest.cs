using System.Text.Json;

namespace ClusterGraph.GraphQL.AspNetCore.Http;

/// <summary>The parameters of one GraphQL-over-HTTP request, checked for shape but not yet resolved
/// (the document may still be only a persisted-query hash).</summary>
internal sealed class GraphQLHttpRequest
{
    public string? Query { get; init; }

    public string? OperationName { get; init; }

    public JsonElement? Variables { get; init; }

    public JsonElement? Extensions { get; init; }

    /// <summary>The <c>documentId</c> parameter of the persisted-documents proposal (<c>sha256:&lt;hex&gt;</c>).</summary>
    public string? DocumentId { get; init; }
}
