using System.Buffers;
using System.IO.Pipelines;

namespace ClusterGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// The event stream of graphql-sse's distinct connections mode: one <c>next</c> event per result
/// (its data is the result as one line of JSON) and a final <c>complete</c> event with an empty data
/// field, so that EventSource listeners fire too.
/// </summary>
internal sealed class ServerSentEventsWriter
{
    private static readonly byte[] s_nextPrefix = "event: next\ndata: "u8.ToArray();
    private static readonly byte[] s_eventEnd = "\n\n"u8.ToArray();
    private static readonly byte[] s_complete = "event: complete\ndata: \n\n"u8.ToArray();
    private static readonly byte[] s_keepAlive = ":\n\n"u8.ToArray();

    private readonly PipeWriter _pipe;
    private readonly GraphQLJsonWriter _json;

    public ServerSentEventsWriter(PipeWriter pipe, GraphQLJsonWriter json)
    {
        _pipe = pipe;
        _json = json;
    }

    public async ValueTask WriteNextAsync(GraphQLResult result, CancellationToken cancellationToken)
    {
        await BeginNextAsync(cancellationToken).ConfigureAwait(false);
        await _json.WriteResultAsync(result, cancellationToken).ConfigureAwait(false);
        await EndNextAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask WriteNextErrorsAsync(IReadOnlyList<GraphQLResponseError> errors, CancellationToken cancellationToken)
    {
        await BeginNextAsync(cancellationToken).ConfigureAwait(false);
        await _json.WriteRequestErrorAsync(errors, cancellationToken).ConfigureAwait(false);
        await EndNextAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask WriteCompleteAsync(CancellationToken cancellationToken)
    {
        _pipe.Write(s_complete);
        await _pipe.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An SSE comment: ignored by clients, keeps idle connections open through proxies.</summary>
    public async ValueTask WriteKeepAliveAsync(CancellationToken cancellationToken)
    {
        _pipe.Write(s_keepAlive);
        await _pipe.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask BeginNextAsync(CancellationToken cancellationToken)
    {
        // Whatever the JSON writer holds must reach the pipe before raw bytes go after it.
        await _json.FlushAsync(cancellationToken).ConfigureAwait(false);
        _json.Reset();
        _pipe.Write(s_nextPrefix);
    }

    private async ValueTask EndNextAsync(CancellationToken cancellationToken)
    {
        // The compact writer emits no newline, so the whole result is one data line.
        await _json.FlushAsync(cancellationToken).ConfigureAwait(false);
        _pipe.Write(s_eventEnd);
        await _pipe.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
