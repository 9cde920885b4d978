using ClusterGraph.Neo4j.QueryApi;

namespace ClusterGraph.Neo4j.Tests.QueryApi;

/// <summary>A client pointed at a fake server, with backoff short enough not to slow the suite.</summary>
internal static class QueryApiTestClient
{
    private static readonly HttpClient s_http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public static Neo4jQueryClient Create(FakeQueryApiServer server, Neo4jAuth? auth = null, TimeSpan? requestTimeout = null, int maxRetries = 3) =>
        new(s_http, new Neo4jClientOptions
        {
            BaseAddress = server.BaseAddress,
            Auth = auth ?? Neo4jAuth.None,
            RequestTimeout = requestTimeout ?? TimeSpan.FromSeconds(30),
            MaxRetries = maxRetries,
            InitialBackoff = TimeSpan.FromMilliseconds(1),
            MaxBackoff = TimeSpan.FromMilliseconds(50),
        });
}
