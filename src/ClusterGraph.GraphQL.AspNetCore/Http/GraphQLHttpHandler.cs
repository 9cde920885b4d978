using System.Text.Json;
using ClusterGraph.GraphQL.AspNetCore.GraphiQL;
using ClusterGraph.GraphQL.AspNetCore.PersistedQueries;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace ClusterGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// One mapped GraphQL endpoint: checks the HTTP request (method, sizes, CSRF, media types), reads the
/// GraphQL request(s), resolves persisted documents, runs them through <see cref="IGraphQLRequestExecutor"/>
/// under the execution limits, and writes the response with the status codes of the GraphQL-over-HTTP spec.
/// </summary>
internal sealed partial class GraphQLHttpHandler : IDisposable
{
    private readonly GraphQLHttpOptions _options;
    private readonly bool _maskErrors;
    private readonly PersistedQueryResolver _persistedQueries;
    private readonly ExecutionGate _gate;
    private readonly ILogger _logger;
    private readonly CancellationToken _stopping;
    private int _activeSubscriptions;

    /// <param name="stopping">Fires when the host begins to stop: open event streams then complete.</param>
    public GraphQLHttpHandler(GraphQLHttpOptions options, bool maskErrors, IPersistedDocumentStore store, ILogger logger, CancellationToken stopping = default)
    {
        _options = options;
        _maskErrors = maskErrors;
        _persistedQueries = new PersistedQueryResolver(options.PersistedQueries.Mode, store);
        _gate = new ExecutionGate(options.Limits.MaxConcurrentExecutions);
        _logger = logger;
        _stopping = stopping;
    }

    public void Dispose() => _gate.Dispose();

    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            await HandleCoreAsync(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "GraphQL request failed unexpectedly.");
            if (context.Response.HasStarted)
            {
                // Part of a response is out: a truncated body must not pass for a complete one.
                context.Abort();
                return;
            }

            context.Response.Clear();
            var error = new GraphQLResponseError(exception.Message) { Exception = exception };
            await WriteErrorsAsync(context, StatusCodes.Status500InternalServerError, ResponseMediaType.Json, [error]).ConfigureAwait(false);
        }
    }

    private async Task HandleCoreAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        GraphQLRequestLimits limits = _options.Limits;
        ResponseMediaType mediaType = AcceptNegotiator.Negotiate(request.Headers.Accept);
        bool isGet = HttpMethods.IsGet(request.Method);

        if (RequestGuards.HeadersLength(request.Headers) > limits.MaxRequestHeadersLength)
        {
            await WriteTransportErrorAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, mediaType,
                $"The request headers exceed {limits.MaxRequestHeadersLength} characters.", "REQUEST_HEADERS_TOO_LARGE").ConfigureAwait(false);
            return;
        }

        if (isGet && mediaType == ResponseMediaType.Html && _options.GraphiQL.Enabled)
        {
            await GraphiQLPage.WriteAsync(context, _options.GraphiQL).ConfigureAwait(false);
            return;
        }

        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = _options.EnableGetRequests ? "GET, POST" : "POST";
            await WriteTransportErrorAsync(context, StatusCodes.Status405MethodNotAllowed, mediaType,
                $"The {request.Method} method is not supported; use POST (or GET for queries).", "METHOD_NOT_ALLOWED").ConfigureAwait(false);
            return;
        }

        if (mediaType is ResponseMediaType.None or ResponseMediaType.Html)
        {
            await WriteTransportErrorAsync(context, StatusCodes.Status406NotAcceptable, ResponseMediaType.Json,
                "The Accept header allows none of application/graphql-response+json, application/json, text/event-stream.", "NOT_ACCEPTABLE").ConfigureAwait(false);
            return;
        }

        if (isGet)
        {
            await HandleGetAsync(context, mediaType).ConfigureAwait(false);
        }
        else
        {
            await HandlePostAsync(context, mediaType).ConfigureAwait(false);
        }
    }

    private async Task HandleGetAsync(HttpContext context, ResponseMediaType mediaType)
    {
        HttpRequest request = context.Request;
        if (!_options.EnableGetRequests)
        {
            context.Response.Headers.Allow = "POST";
            await WriteTransportErrorAsync(context, StatusCodes.Status405MethodNotAllowed, mediaType,
                "GET requests are not enabled on this endpoint; use POST.", "METHOD_NOT_ALLOWED").ConfigureAwait(false);
            return;
        }

        if ((request.QueryString.Value?.Length ?? 0) > _options.Limits.MaxQueryStringLength)
        {
            await WriteTransportErrorAsync(context, StatusCodes.Status414UriTooLong, mediaType,
                $"The query string exceeds {_options.Limits.MaxQueryStringLength} characters; send the request with POST.", "URI_TOO_LONG").ConfigureAwait(false);
            return;
        }

        if (_options.Csrf.Enabled && _options.Csrf.RequirePreflightForGet && !RequestGuards.HasPreflightHeader(request, _options.Csrf.PreflightHeaders))
        {
            await WriteCsrfRejectionAsync(context, mediaType).ConfigureAwait(false);
            return;
        }

        var owned = new List<IDisposable>();
        try
        {
            if (!GraphQLHttpRequestParser.TryParse(request.Query, owned, out GraphQLHttpRequest parsed, out string error))
            {
                await WriteTransportErrorAsync(context, StatusCodes.Status400BadRequest, mediaType, error, "BAD_REQUEST").ConfigureAwait(false);
                return;
            }

            // GET never changes anything: queries, and subscriptions for EventSource clients (graphql-sse allows GET).
            await RunSingleAsync(context, parsed, mediaType, GraphQLOperationKinds.Query | GraphQLOperationKinds.Subscription).ConfigureAwait(false);
        }
        finally
        {
            owned.ForEach(static d => d.Dispose());
        }
    }

    private async Task HandlePostAsync(HttpContext context, ResponseMediaType mediaType)
    {
        HttpRequest request = context.Request;
        if (_options.Csrf.Enabled
            && RequestGuards.IsSimpleContentType(request.ContentType)
            && !RequestGuards.HasPreflightHeader(request, _options.Csrf.PreflightHeaders))
        {
            await WriteCsrfRejectionAsync(context, mediaType).ConfigureAwait(false);
            return;
        }

        if (!RequestGuards.IsJsonUtf8(request.ContentType))
        {
            await WriteTransportErrorAsync(context, StatusCodes.Status415UnsupportedMediaType, mediaType,
                "The request body must be application/json in UTF-8.", "UNSUPPORTED_MEDIA_TYPE").ConfigureAwait(false);
            return;
        }

        long maxBytes = _options.Limits.MaxRequestBodyBytes;
        if (request.ContentLength > maxBytes)
        {
            await WriteBodyTooLargeAsync(context, mediaType).ConfigureAwait(false);
            return;
        }

        (RequestBodyReader.Status status, JsonDocument? document) =
            await RequestBodyReader.ReadJsonAsync(request.BodyReader, maxBytes, context.RequestAborted).ConfigureAwait(false);
        switch (status)
        {
            case RequestBodyReader.Status.TooLarge:
                await WriteBodyTooLargeAsync(context, mediaType).ConfigureAwait(false);
                return;
            case RequestBodyReader.Status.Empty:
                await WriteTransportErrorAsync(context, StatusCodes.Status400BadRequest, mediaType, "The request body is empty.", "BAD_REQUEST").ConfigureAwait(false);
                return;
            case RequestBodyReader.Status.InvalidJson:
                await WriteTransportErrorAsync(context, StatusCodes.Status400BadRequest, mediaType, "The request body is not valid JSON.", "BAD_REQUEST").ConfigureAwait(false);
                return;
        }

        using (document)
        {
            JsonElement root = document!.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                await RunBatchAsync(context, root, mediaType).ConfigureAwait(false);
                return;
            }

            if (!GraphQLHttpRequestParser.TryParse(root, out GraphQLHttpRequest parsed, out string error))
            {
                await WriteTransportErrorAsync(context, StatusCodes.Status400BadRequest, mediaType, error, "BAD_REQUEST").ConfigureAwait(false);
                return;
            }

            await RunSingleAsync(context, parsed, mediaType, GraphQLOperationKinds.All).ConfigureAwait(false);
        }
    }

    private async Task RunSingleAsync(HttpContext context, GraphQLHttpRequest request, ResponseMediaType mediaType, GraphQLOperationKinds allowed)
    {
        PersistedQueryResolver.Resolution resolution = await _persistedQueries.ResolveAsync(request, context.RequestAborted).ConfigureAwait(false);
        if (resolution.MalformedReason is { } malformed)
        {
            await WriteTransportErrorAsync(context, StatusCodes.Status400BadRequest, mediaType, malformed, "BAD_REQUEST").ConfigureAwait(false);
            return;
        }

        if (mediaType == ResponseMediaType.EventStream)
        {
            await StreamAsync(context, request, resolution, allowed).ConfigureAwait(false);
            return;
        }

        GraphQLExecutionOutcome outcome;
        if (resolution.RequestError is { } refused)
        {
            outcome = GraphQLExecutionOutcome.RequestError(refused);
        }
        else
        {
            (GraphQLExecutionOutcome? executed, bool busy) = await ExecuteWithLimitsAsync(context, CreateExecutionRequest(context, request, resolution.Query!, allowed)).ConfigureAwait(false);
            if (busy)
            {
                context.Response.Headers.RetryAfter = "1";
                await WriteTransportErrorAsync(context, StatusCodes.Status503ServiceUnavailable, mediaType,
                    "The server is running as many GraphQL operations as it allows; retry shortly.", "SERVER_BUSY").ConfigureAwait(false);
                return;
            }

            outcome = await RefuseStreamAsync(executed!).ConfigureAwait(false);
        }

        int status = outcome.Kind switch
        {
            GraphQLOutcomeKind.RequestError when mediaType == ResponseMediaType.GraphQLResponseJson => StatusCodes.Status400BadRequest,
            GraphQLOutcomeKind.OperationNotAllowed => StatusCodes.Status405MethodNotAllowed,
            _ => AuthorizationStatus(outcome) ?? StatusCodes.Status200OK,
        };
        if (outcome.Kind == GraphQLOutcomeKind.OperationNotAllowed)
        {
            context.Response.Headers.Allow = "POST";
        }
        else if (status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        PrepareJsonResponse(context, status, mediaType);
        GraphQLJsonWriter writer = GraphQLJsonWriter.ForResponse(context.Response, _maskErrors);
        await using (writer.ConfigureAwait(false))
        {
            await WriteOutcomeAsync(writer, outcome, context.RequestAborted).ConfigureAwait(false);
            await writer.CompleteAsync(context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// An executed result whose errors say the caller is not signed in (UNAUTHENTICATED) or lacks the role
    /// (FORBIDDEN), and which produced no data, answers 401 or 403 as HTTP clients and proxies expect.
    /// </summary>
    private static int? AuthorizationStatus(GraphQLExecutionOutcome outcome)
    {
        if (outcome.Kind != GraphQLOutcomeKind.Executed || outcome.Result is not { Errors.Count: > 0 } result || HasAnyData(result.Data))
        {
            return null;
        }

        int? status = null;
        foreach (GraphQLResponseError error in result.Errors)
        {
            switch (error.Extensions?.GetValueOrDefault("code") as string)
            {
                case "UNAUTHENTICATED":
                    return StatusCodes.Status401Unauthorized;
                case "FORBIDDEN":
                    status = StatusCodes.Status403Forbidden;
                    break;
            }
        }

        return status;
    }

    /// <summary>True when the data holds any non-null root field (a partial success stays 200).</summary>
    private static bool HasAnyData(object? data) => data switch
    {
        null => false,
        IReadOnlyDictionary<string, object?> map => map.Values.Any(v => v is not null),
        _ => true,
    };

    private async Task RunBatchAsync(HttpContext context, JsonElement batch, ResponseMediaType mediaType)
    {
        int count = batch.GetArrayLength();
        string? refusal = !_options.Batching.Enabled ? "Batched requests are not enabled on this server."
            : count == 0 ? "The batch is empty."
            : count > _options.Batching.MaxBatchSize ? $"The batch holds {count} requests; at most {_options.Batching.MaxBatchSize} are allowed."
            : mediaType == ResponseMediaType.EventStream ? "A batch cannot be answered as an event stream."
            : null;
        if (refusal is not null)
        {
            await WriteTransportErrorAsync(context, StatusCodes.Status400BadRequest, mediaType, refusal, "BATCH_REFUSED").ConfigureAwait(false);
            return;
        }

        PrepareJsonResponse(context, StatusCodes.Status200OK, mediaType);
        GraphQLJsonWriter writer = GraphQLJsonWriter.ForResponse(context.Response, _maskErrors);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartArray();
            foreach (JsonElement item in batch.EnumerateArray())
            {
                GraphQLExecutionOutcome outcome = await RunBatchItemAsync(context, item).ConfigureAwait(false);
                await WriteOutcomeAsync(writer, outcome, context.RequestAborted).ConfigureAwait(false);
            }

            writer.WriteEndArray();
            await writer.CompleteAsync(context.RequestAborted).ConfigureAwait(false);
        }
    }

    private async Task<GraphQLExecutionOutcome> RunBatchItemAsync(HttpContext context, JsonElement item)
    {
        if (!GraphQLHttpRequestParser.TryParse(item, out GraphQLHttpRequest request, out string error))
        {
            return GraphQLExecutionOutcome.RequestError(GraphQLResponseError.WithCode(error, "BAD_REQUEST"));
        }

        PersistedQueryResolver.Resolution resolution = await _persistedQueries.ResolveAsync(request, context.RequestAborted).ConfigureAwait(false);
        if (resolution.MalformedReason is { } malformed)
        {
            return GraphQLExecutionOutcome.RequestError(GraphQLResponseError.WithCode(malformed, "BAD_REQUEST"));
        }

        if (resolution.RequestError is { } refused)
        {
            return GraphQLExecutionOutcome.RequestError(refused);
        }

        (GraphQLExecutionOutcome? outcome, bool busy) = await ExecuteWithLimitsAsync(context,
            CreateExecutionRequest(context, request, resolution.Query!, GraphQLOperationKinds.Query | GraphQLOperationKinds.Mutation)).ConfigureAwait(false);
        return busy
            ? GraphQLExecutionOutcome.RequestError(GraphQLResponseError.WithCode("The server is running as many GraphQL operations as it allows; retry shortly.", "SERVER_BUSY"))
            : await RefuseStreamAsync(outcome!).ConfigureAwait(false);
    }

    /// <summary>Runs one request inside an execution slot and under the execution timeout.</summary>
    private async Task<(GraphQLExecutionOutcome? Outcome, bool Busy)> ExecuteWithLimitsAsync(HttpContext context, GraphQLExecutionRequest request)
    {
        CancellationToken aborted = context.RequestAborted;
        if (!await _gate.TryEnterAsync(_options.Limits.ConcurrencyQueueTimeout, aborted).ConfigureAwait(false))
        {
            return (null, true);
        }

        try
        {
            return (await ExecuteWithTimeoutAsync(context, request).ConfigureAwait(false), false);
        }
        finally
        {
            _gate.Exit();
        }
    }

    private async Task<GraphQLExecutionOutcome> ExecuteWithTimeoutAsync(HttpContext context, GraphQLExecutionRequest request)
    {
        CancellationToken aborted = context.RequestAborted;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        timeout.CancelAfter(_options.Limits.ExecutionTimeout);
        IGraphQLRequestExecutor executor = context.RequestServices.GetRequiredService<IGraphQLRequestExecutor>();
        try
        {
            return await executor.ExecuteAsync(request, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            return TimedOut();
        }
    }

    /// <summary>Execution started and was stopped: the response has a data entry (null), as for any field error at the root.</summary>
    private GraphQLExecutionOutcome TimedOut() => GraphQLExecutionOutcome.Executed(new GraphQLResult
    {
        Data = null,
        Errors = [GraphQLResponseError.WithCode($"The operation did not finish within the execution timeout ({_options.Limits.ExecutionTimeout.TotalSeconds:0.###} s) and was cancelled.", "EXECUTION_TIMEOUT")],
    });

    /// <summary>A subscription reached a plain JSON response: end its source stream and say how to subscribe.</summary>
    private static async ValueTask<GraphQLExecutionOutcome> RefuseStreamAsync(GraphQLExecutionOutcome outcome)
    {
        if (outcome.Kind != GraphQLOutcomeKind.Stream)
        {
            return outcome;
        }

        await outcome.Stream!.GetAsyncEnumerator().DisposeAsync().ConfigureAwait(false);
        return GraphQLExecutionOutcome.RequestError(GraphQLResponseError.WithCode(
            "Subscriptions are served as Server-Sent Events: send the request with 'Accept: text/event-stream'.", "SUBSCRIPTION_REQUIRES_EVENT_STREAM"));
    }

    private GraphQLExecutionRequest CreateExecutionRequest(HttpContext context, GraphQLHttpRequest request, string query, GraphQLOperationKinds allowed) => new()
    {
        Query = query,
        OperationName = request.OperationName,
        Variables = request.Variables,
        Extensions = request.Extensions,
        AllowedOperations = allowed,
        AllowIntrospection = _options.AllowIntrospection(context),
        IncludeSuggestions = _options.IncludeSuggestions(context),
        HttpContext = context,
    };

    private static async ValueTask WriteOutcomeAsync(GraphQLJsonWriter writer, GraphQLExecutionOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.Kind == GraphQLOutcomeKind.Executed)
        {
            await writer.WriteResultAsync(outcome.Result!, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await writer.WriteRequestErrorAsync(outcome.Errors, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void PrepareJsonResponse(HttpContext context, int status, ResponseMediaType mediaType)
    {
        HttpResponse response = context.Response;
        response.StatusCode = status;
        response.ContentType = MediaTypes.ContentType(mediaType == ResponseMediaType.GraphQLResponseJson ? mediaType : ResponseMediaType.Json);
        response.Headers.CacheControl = "no-store";
        response.Headers.Vary = HeaderNames.Accept;
        response.Headers.XContentTypeOptions = "nosniff";
    }

    private Task WriteBodyTooLargeAsync(HttpContext context, ResponseMediaType mediaType) =>
        WriteTransportErrorAsync(context, StatusCodes.Status413PayloadTooLarge, mediaType,
            $"The request body exceeds {_options.Limits.MaxRequestBodyBytes} bytes.", "REQUEST_BODY_TOO_LARGE");

    private Task WriteCsrfRejectionAsync(HttpContext context, ResponseMediaType mediaType) =>
        WriteTransportErrorAsync(context, StatusCodes.Status400BadRequest, mediaType,
            "This request has been blocked as a possible cross-site request forgery: send it as application/json, "
            + $"or with one of these headers: {string.Join(", ", _options.Csrf.PreflightHeaders)}.", "CSRF_PREVENTED");

    private Task WriteTransportErrorAsync(HttpContext context, int status, ResponseMediaType mediaType, string message, string code) =>
        WriteErrorsAsync(context, status, mediaType, [GraphQLResponseError.WithCode(message, code)]);

    /// <summary>An error response outside GraphQL execution (HTTP-level refusal): always <c>{"errors":[...]}</c>.</summary>
    private async Task WriteErrorsAsync(HttpContext context, int status, ResponseMediaType mediaType, IReadOnlyList<GraphQLResponseError> errors)
    {
        PrepareJsonResponse(context, status, mediaType);
        GraphQLJsonWriter writer = GraphQLJsonWriter.ForResponse(context.Response, _maskErrors);
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteRequestErrorAsync(errors, context.RequestAborted).ConfigureAwait(false);
            await writer.CompleteAsync(context.RequestAborted).ConfigureAwait(false);
        }
    }
}
