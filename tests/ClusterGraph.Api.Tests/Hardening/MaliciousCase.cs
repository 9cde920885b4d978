namespace ClusterGraph.Api.Tests.Hardening;

/// <summary>How the GraphQL-over-HTTP spec says a refusal is answered.</summary>
public enum RefusalKind
{
    /// <summary>
    /// A fault of the HTTP request itself (size, encoding, content type, malformed JSON): 4xx whatever the
    /// Accept header, since no well-formed GraphQL request reached the server.
    /// </summary>
    Transport,

    /// <summary>
    /// A well-formed GraphQL request refused before execution (parse, validation, limits, variable
    /// coercion): 400 under application/graphql-response+json, 200 with errors and no data under application/json.
    /// </summary>
    Request,
}

/// <summary>One hostile request: its body (and content type), how it must be refused, and a fragment of the clear message.</summary>
public sealed record MaliciousCase(string Name, RefusalKind Kind, int TransportStatus, string MessageFragment, byte[] Body, string? ContentType = "application/json")
{
    public override string ToString() => Name;
}
