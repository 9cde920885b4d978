using Microsoft.AspNetCore.Http;

namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>How <c>MapGraphQL</c> serves GraphQL over HTTP. Validated when the endpoint is mapped.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>Whether queries may be sent with GET (mutations never may). On by default.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Batched requests (a JSON array of requests). Off by default.</summary>
    public GraphQLBatchingOptions Batching { get; } = new();

    /// <summary>Automatic persisted queries and trusted documents.</summary>
    public GraphQLPersistedQueryOptions PersistedQueries { get; } = new();

    /// <summary>Body, URL and header sizes, execution timeout, concurrency.</summary>
    public GraphQLRequestLimits Limits { get; } = new();

    /// <summary>Cross-site request forgery protection.</summary>
    public GraphQLCsrfOptions Csrf { get; } = new();

    /// <summary>The GraphiQL page served at GET when the client prefers HTML.</summary>
    public GraphiQLOptions GraphiQL { get; } = new();

    /// <summary>
    /// Whether messages of unexpected errors (those carrying an exception) are replaced by a generic
    /// one, with no exception text or stack trace. Null (the default): masked everywhere but in the
    /// Development environment.
    /// </summary>
    public bool? MaskErrors { get; set; }

    /// <summary>Whether the caller may use introspection (<c>__schema</c>, <c>__type</c>); per environment or role. Default: everyone.</summary>
    public Func<HttpContext, bool> AllowIntrospection { get; set; } = static _ => true;

    /// <summary>Whether validation messages may suggest field and type names to the caller. Default: everyone.</summary>
    public Func<HttpContext, bool> IncludeSuggestions { get; set; } = static _ => true;

    /// <summary>Throws when a setting is out of range; called when the endpoint is mapped so a bad setting fails at start.</summary>
    public void Validate()
    {
        Batching.Validate();
        Limits.Validate();
        Csrf.Validate();
        GraphiQL.Validate();
        if (!Enum.IsDefined(PersistedQueries.Mode))
        {
            throw new InvalidOperationException($"{nameof(PersistedQueries)}.{nameof(PersistedQueries.Mode)} has an unknown value {PersistedQueries.Mode}.");
        }

        ArgumentNullException.ThrowIfNull(AllowIntrospection);
        ArgumentNullException.ThrowIfNull(IncludeSuggestions);
    }
}
