using ClusterGraph.GraphQL.AspNetCore.PersistedQueries;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClusterGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// GraphQL over Server-Sent Events, graphql-sse's distinct connections mode: one operation per connection.
/// When the host begins to stop, an open subscription stops listening and its stream ends with the
/// <c>complete</c> event, so clients see a clean end (and may reconnect elsewhere) instead of a reset.
/// </summary>
internal sealed partial class GraphQLHttpHandler
{
    private static readonly TimeSpan s_abandonGrace = TimeSpan.FromSeconds(5);

    private async Task StreamAsync(HttpContext context, GraphQLHttpRequest request, PersistedQueryResolver.Resolution resolution, GraphQLOperationKinds allowed)
    {
        if (Interlocked.Increment(ref _activeSubscriptions) > _options.Limits.MaxConcurrentSubscriptions)
        {
            Interlocked.Decrement(ref _activeSubscriptions);
            context.Response.Headers.RetryAfter = "5";
            await WriteTransportErrorAsync(context, StatusCodes.Status503ServiceUnavailable, ResponseMediaType.Json,
                "The server is serving as many event streams as it allows; retry later.", "SERVER_BUSY").ConfigureAwait(false);
            return;
        }

        try
        {
            await StreamCoreAsync(context, request, resolution, allowed).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _activeSubscriptions);
        }
    }

    private async Task StreamCoreAsync(HttpContext context, GraphQLHttpRequest request, PersistedQueryResolver.Resolution resolution, GraphQLOperationKinds allowed)
    {
        CancellationToken aborted = context.RequestAborted;

        // Listening ends when the client goes away or (below, once a subscription runs) the host stops.
        using var listening = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        GraphQLExecutionOutcome outcome;
        if (resolution.RequestError is { } refused)
        {
            outcome = GraphQLExecutionOutcome.RequestError(refused);
        }
        else
        {
            outcome = await StartAsync(context, CreateExecutionRequest(context, request, resolution.Query!, allowed), listening).ConfigureAwait(false);
        }

        if (outcome.Kind == GraphQLOutcomeKind.OperationNotAllowed)
        {
            context.Response.Headers.Allow = "POST";
            await WriteErrorsAsync(context, StatusCodes.Status405MethodNotAllowed, ResponseMediaType.Json, outcome.Errors).ConfigureAwait(false);
            return;
        }

        HttpResponse response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaTypes.ContentType(ResponseMediaType.EventStream);
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.StartAsync(aborted).ConfigureAwait(false);

        GraphQLJsonWriter json = new(response.BodyWriter, _maskErrors);
        await using (json.ConfigureAwait(false))
        {
            var events = new ServerSentEventsWriter(response.BodyWriter, json);
            switch (outcome.Kind)
            {
                case GraphQLOutcomeKind.RequestError:
                    // The protocol reports validation problems as a next event on an accepted stream.
                    await events.WriteNextErrorsAsync(outcome.Errors, aborted).ConfigureAwait(false);
                    break;
                case GraphQLOutcomeKind.Executed:
                    await events.WriteNextAsync(outcome.Result!, aborted).ConfigureAwait(false);
                    break;
                case GraphQLOutcomeKind.Stream:
                    // A query sent over SSE finishes even while the host stops; a subscription stops listening.
                    using (_stopping.Register(static state => ((CancellationTokenSource)state!).Cancel(), listening))
                    {
                        await PumpAsync(outcome.Stream!, events, listening.Token, aborted).ConfigureAwait(false);
                    }

                    break;
            }

            await events.WriteCompleteAsync(aborted).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs the request under the execution timeout, which covers parsing, validation and creating the source
    /// stream (or running a query sent over SSE); the source stream keeps <paramref name="listening"/>'s token,
    /// so a subscription's events then flow until the client goes away or the host stops (not until a timeout).
    /// </summary>
    private async Task<GraphQLExecutionOutcome> StartAsync(HttpContext context, GraphQLExecutionRequest request, CancellationTokenSource listening)
    {
        IGraphQLRequestExecutor executor = context.RequestServices.GetRequiredService<IGraphQLRequestExecutor>();
        listening.CancelAfter(_options.Limits.ExecutionTimeout);
        try
        {
            return await executor.ExecuteAsync(request, listening.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (listening.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            return TimedOut();
        }
        finally
        {
            listening.CancelAfter(Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Sends every result of the source stream; comments keep the connection alive while it is idle.</summary>
    private async Task PumpAsync(IAsyncEnumerable<GraphQLResult> stream, ServerSentEventsWriter events, CancellationToken listening, CancellationToken aborted)
    {
        IAsyncEnumerator<GraphQLResult> results = stream.GetAsyncEnumerator(listening);
        await using (results.ConfigureAwait(false))
        {
            while (true)
            {
                bool hasNext;
                try
                {
                    hasNext = await NextOrKeepAliveAsync(results, events, listening, aborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (_stopping.IsCancellationRequested && !aborted.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !aborted.IsCancellationRequested)
                {
                    // The source stream failed: the client gets one located, masked error and the stream completes.
                    _logger.LogError(exception, "A GraphQL subscription's source stream failed.");
                    await events.WriteNextErrorsAsync([new GraphQLResponseError(exception.Message) { Exception = exception }], aborted).ConfigureAwait(false);
                    return;
                }

                if (!hasNext)
                {
                    return;
                }

                await events.WriteNextAsync(results.Current, aborted).ConfigureAwait(false);
            }
        }
    }

    /// <param name="listening">Ends the wait (client gone or host stopping).</param>
    /// <param name="aborted">The client's token, for writing keep-alives.</param>
    private async Task<bool> NextOrKeepAliveAsync(IAsyncEnumerator<GraphQLResult> results, ServerSentEventsWriter events, CancellationToken listening, CancellationToken aborted)
    {
        listening.ThrowIfCancellationRequested();
        ValueTask<bool> move = results.MoveNextAsync();
        if (move.IsCompleted)
        {
            return await move.ConfigureAwait(false);
        }

        Task<bool> next = move.AsTask();
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(listening);
        while (true)
        {
            Task delay = Task.Delay(_options.Limits.SubscriptionKeepAliveInterval, idle.Token);
            if (await Task.WhenAny(next, delay).ConfigureAwait(false) == next)
            {
                await idle.CancelAsync().ConfigureAwait(false);
                return await next.ConfigureAwait(false);
            }

            if (listening.IsCancellationRequested)
            {
                // The enumerator cannot be disposed while a MoveNextAsync is pending: let it observe the cancellation first.
                await ((Task)next).WaitAsync(s_abandonGrace, CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                listening.ThrowIfCancellationRequested();
            }

            await events.WriteKeepAliveAsync(aborted).ConfigureAwait(false);
        }
    }
}
