using System.Net.Http.Headers;
using System.Text.Json;

namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>
/// A client of Neo4j's HTTP Query API (<c>POST /db/{database}/query/v2</c>, Neo4j 5.23+, 2025.x, Aura).
/// Each statement runs in its own implicit transaction: the API's explicit transactions need sticky
/// routing in self-managed clusters. Parameters and results use typed JSON. Bookmarks give
/// read-your-writes; idempotent work is retried with jittered backoff after retryable failures.
/// </summary>
public sealed class Neo4jQueryClient
{
    /// <summary>The typed JSON media type (v1.0; its alias <c>application/vnd.neo4j.query</c> is what Neo4j 5 knows).</summary>
    public const string TypedJsonMediaType = "application/vnd.neo4j.query";

    private readonly HttpClient _http;
    private readonly Neo4jClientOptions _options;
    private readonly Uri _queryUri;
    private readonly BookmarkSet _bookmarks = new();
    private readonly Random _jitter;

    /// <summary>Creates the client over <paramref name="http"/> (whose own Timeout should be infinite: this client times each attempt).</summary>
    public Neo4jQueryClient(HttpClient http, Neo4jClientOptions options, Random? jitter = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _http = http;
        _options = options;
        _jitter = jitter ?? Random.Shared;
        string root = options.BaseAddress.AbsoluteUri.TrimEnd('/');
        _queryUri = new Uri($"{root}/db/{Uri.EscapeDataString(options.Database)}/query/v2");
    }

    /// <summary>The endpoint statements are posted to.</summary>
    public Uri QueryUri => _queryUri;

    /// <summary>The bookmarks the next request will carry.</summary>
    public IReadOnlyList<string> Bookmarks => _bookmarks.Snapshot();

    /// <summary>
    /// Runs one statement. Throws <see cref="Neo4jException"/> with Neo4j's code and message when the
    /// server refuses it, <see cref="Neo4jUnavailableException"/> when Neo4j cannot serve it.
    /// </summary>
    public async Task<Neo4jResult> RunAsync(Neo4jQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrWhiteSpace(query.Statement);
        int retries = query.Idempotent ? _options.MaxRetries : 0;
        for (int attempt = 0; ; attempt++)
        {
            string[] sent = _bookmarks.Snapshot();
            byte[] body = WriteBody(query, sent);
            AttemptOutcome outcome = await AttemptAsync(body, cancellationToken).ConfigureAwait(false);
            if (outcome.Result is { } result)
            {
                _bookmarks.Replace(sent, result.Bookmarks);
                return result;
            }

            Neo4jException failure = outcome.Failure!;
            if (!failure.IsRetryable || attempt >= retries)
            {
                throw Surface(failure, outcome.RetryAfter);
            }

            TimeSpan delay = Backoff(attempt, outcome.RetryAfter);
            if (delay > _options.MaxBackoff)
            {
                // The server asks for a longer pause than we would hold a caller for: tell the caller instead.
                throw Surface(failure, outcome.RetryAfter);
            }

            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<AttemptOutcome> AttemptAsync(byte[] body, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, _queryUri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJsonMediaType));
        request.Headers.Authorization = _options.Auth.Header;
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJsonMediaType);
        try
        {
            using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            TimeSpan? retryAfter = RetryAfter(response);
            byte[] payload = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            return QueryApiResponseReader.Read((int)response.StatusCode, payload, retryAfter);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new AttemptOutcome(null, new Neo4jException(Neo4jErrorCodes.Timeout,
                $"Neo4j did not answer within {_options.RequestTimeout.TotalSeconds:0.###} s ({_queryUri})."), null);
        }
        catch (HttpRequestException e)
        {
            return new AttemptOutcome(null, new Neo4jException(Neo4jErrorCodes.ConnectionFailed,
                $"Could not reach Neo4j at {_queryUri}: {e.Message}", null, e), null);
        }
    }

    private Neo4jException Surface(Neo4jException failure, TimeSpan? retryAfter) =>
        Neo4jErrorCodes.MeansUnavailable(failure.Code)
            ? new Neo4jUnavailableException(failure.Code, failure.ServerMessage, retryAfter ?? _options.UnavailableRetryAfter, failure.HttpStatus, failure.InnerException)
            : failure;

    // Full jitter: uniform in [0, min(max, initial * 2^attempt)); at least the server's Retry-After.
    private TimeSpan Backoff(int attempt, TimeSpan? retryAfter)
    {
        double ceiling = Math.Min(_options.MaxBackoff.TotalMilliseconds, _options.InitialBackoff.TotalMilliseconds * Math.Pow(2, attempt));
        TimeSpan jittered = TimeSpan.FromMilliseconds(_jitter.NextDouble() * ceiling);
        return retryAfter is { } wait && wait > jittered ? wait : jittered;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        RetryConditionHeaderValue? header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            TimeSpan wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static byte[] WriteBody(Neo4jQuery query, string[] bookmarks)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", query.Statement);
            writer.WriteStartObject("parameters");
            foreach (KeyValuePair<string, object?> parameter in query.Parameters)
            {
                writer.WritePropertyName(parameter.Key);
                TypedJsonWriter.Write(writer, parameter.Value);
            }

            writer.WriteEndObject();
            if (bookmarks.Length > 0)
            {
                writer.WriteStartArray("bookmarks");
                foreach (string bookmark in bookmarks)
                {
                    writer.WriteStringValue(bookmark);
                }

                writer.WriteEndArray();
            }

            writer.WriteString("accessMode", query.AccessMode == Neo4jAccessMode.Read ? "Read" : "Write");
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
