namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>Where Neo4j is and how the client talks to it.</summary>
public sealed class Neo4jClientOptions
{
    /// <summary>The HTTP root of the server, e.g. <c>http://127.0.0.1:7474/</c> (the Query API lives under <c>/db/{database}/query/v2</c>).</summary>
    public required Uri BaseAddress { get; init; }

    /// <summary>The database to query.</summary>
    public string Database { get; init; } = "neo4j";

    /// <summary>Credentials; <see cref="Neo4jAuth.None"/> when the server has authentication off.</summary>
    public Neo4jAuth Auth { get; init; } = Neo4jAuth.None;

    /// <summary>How long one HTTP attempt may take before it fails with <see cref="Neo4jErrorCodes.Timeout"/>.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times idempotent work is tried again after a retryable failure.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first backoff ceiling; each retry doubles it, and the delay is drawn uniformly below it (full jitter).</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The largest delay between attempts.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The Retry-After reported when Neo4j is unavailable and did not say how long to wait.</summary>
    public TimeSpan UnavailableRetryAfter { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Checks the options; throws <see cref="ArgumentException"/> naming the bad one.</summary>
    public void Validate()
    {
        if (!BaseAddress.IsAbsoluteUri || (BaseAddress.Scheme != Uri.UriSchemeHttp && BaseAddress.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"Neo4j BaseAddress must be an absolute http(s) URI, not '{BaseAddress}'.");
        }

        if (string.IsNullOrWhiteSpace(Database) || Database.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Neo4j Database must be a database name, not '{Database}'.");
        }

        if (RequestTimeout <= TimeSpan.Zero || MaxRetries < 0 || MaxRetries > 10 || InitialBackoff < TimeSpan.Zero || MaxBackoff < InitialBackoff)
        {
            throw new ArgumentException("Neo4j RequestTimeout must be positive, MaxRetries 0..10, and 0 <= InitialBackoff <= MaxBackoff.");
        }
    }
}
