using System.Collections;
using System.Globalization;
using System.IO.Pipelines;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClusterGraph.GraphQL.Utilities;
using Microsoft.AspNetCore.Http;

namespace ClusterGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Writes GraphQL responses with a <see cref="Utf8JsonWriter"/>, no intermediate string: the pipe is
/// flushed every <see cref="FlushThreshold"/> bytes so large results stream and honour back-pressure.
/// A writer made by <see cref="ForResponse"/> holds a response until it is complete or reaches that
/// size, so a small answer goes out in one write with a Content-Length.
/// </summary>
internal sealed class GraphQLJsonWriter : IAsyncDisposable
{
    /// <summary>Result trees deeper than this are refused; the engine's own depth limit is far lower.</summary>
    public const int MaxValueDepth = 256;

    private const int FlushThreshold = 16 * 1024;

    /// <summary>Levels of a result (data, root fields, their items) written member by member with flushes between.</summary>
    private const int StreamingDepth = 3;
    private const string MaskedMessage = "Unexpected Execution Error";

    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        // Keeps Hangul as UTF-8 and quotes as \". The body is never HTML: it is served as JSON with
        // X-Content-Type-Options: nosniff, so HTML-significant characters need no escaping.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
        MaxDepth = MaxValueDepth + 16,
    };

    private readonly PipeWriter _pipe;
    private readonly Utf8JsonWriter _writer;
    private readonly bool _maskErrors;
    private readonly HttpResponse? _response;
    private readonly SpillingBufferWriter? _spill;
    private long _flushedUpTo;

    /// <summary>A writer straight into <paramref name="pipe"/> (event streams: every flush sends).</summary>
    public GraphQLJsonWriter(PipeWriter pipe, bool maskErrors)
    {
        _pipe = pipe;
        _writer = new Utf8JsonWriter(pipe, s_writerOptions);
        _maskErrors = maskErrors;
    }

    private GraphQLJsonWriter(HttpResponse response, bool maskErrors)
    {
        _pipe = response.BodyWriter;
        _response = response;
        _spill = new SpillingBufferWriter(_pipe);
        _writer = new Utf8JsonWriter(_spill, s_writerOptions);
        _maskErrors = maskErrors;
    }

    /// <summary>A writer for one whole response body; end it with <see cref="CompleteAsync"/>.</summary>
    public static GraphQLJsonWriter ForResponse(HttpResponse response, bool maskErrors) => new(response, maskErrors);

    /// <summary>Bytes written so far (flushed or not).</summary>
    public long BytesWritten => _writer.BytesCommitted + _writer.BytesPending;

    /// <summary>Starts a new top-level value after a completed one (SSE events carry one JSON value each).</summary>
    public void Reset() => _writer.Reset(_pipe);

    public void WriteStartArray() => _writer.WriteStartArray();

    public void WriteEndArray() => _writer.WriteEndArray();

    /// <summary><c>{"errors":[...]}</c>: a request that never executed.</summary>
    public async ValueTask WriteRequestErrorAsync(IReadOnlyList<GraphQLResponseError> errors, CancellationToken cancellationToken)
    {
        _writer.WriteStartObject();
        await WriteErrorsAsync(errors, cancellationToken).ConfigureAwait(false);
        _writer.WriteEndObject();
    }

    /// <summary><c>{"data":...,"errors":[...],"extensions":{...}}</c>: an executed operation.</summary>
    public async ValueTask WriteResultAsync(GraphQLResult result, CancellationToken cancellationToken)
    {
        _writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            // Errors first, as the spec recommends, so a reader sees them before a large data tree.
            await WriteErrorsAsync(result.Errors, cancellationToken).ConfigureAwait(false);
        }

        _writer.WritePropertyName("data");
        await WriteValueAsync(result.Data, 0, cancellationToken).ConfigureAwait(false);
        if (result.Extensions is { Count: > 0 })
        {
            _writer.WritePropertyName("extensions");
            await WriteValueAsync(result.Extensions, 0, cancellationToken).ConfigureAwait(false);
        }

        _writer.WriteEndObject();
    }

    /// <summary>Pushes everything written so far to the client.</summary>
    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        _writer.Flush();
        _spill?.Spill();
        _flushedUpTo = _writer.BytesCommitted;
        await _pipe.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The body is complete. A body still held gets its Content-Length and goes out with the headers when
    /// the request ends; a streamed one (or a plain pipe writer's) is flushed now.
    /// </summary>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        _writer.Flush();
        if (_spill is null)
        {
            await _pipe.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        await _spill.CompleteAsync(_response!, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        _spill?.Dispose();
    }

    private async ValueTask WriteErrorsAsync(IReadOnlyList<GraphQLResponseError> errors, CancellationToken cancellationToken)
    {
        _writer.WritePropertyName("errors");
        _writer.WriteStartArray();
        foreach (GraphQLResponseError error in errors)
        {
            await WriteErrorAsync(error, cancellationToken).ConfigureAwait(false);
        }

        _writer.WriteEndArray();
    }

    private async ValueTask WriteErrorAsync(GraphQLResponseError error, CancellationToken cancellationToken)
    {
        bool masked = _maskErrors && error.Exception is not null;
        _writer.WriteStartObject();
        _writer.WriteString("message", masked ? MaskedMessage : error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            _writer.WritePropertyName("locations");
            _writer.WriteStartArray();
            foreach (GraphQLResponseErrorLocation location in locations)
            {
                _writer.WriteStartObject();
                _writer.WriteNumber("line", location.Line);
                _writer.WriteNumber("column", location.Column);
                _writer.WriteEndObject();
            }

            _writer.WriteEndArray();
        }

        if (error.Path is { Count: > 0 } path)
        {
            _writer.WritePropertyName("path");
            await WriteValueAsync(path, 0, cancellationToken).ConfigureAwait(false);
        }

        if (masked)
        {
            // Nothing from the exception or the resolver's extensions: only a code clients can branch on.
            _writer.WritePropertyName("extensions");
            _writer.WriteStartObject();
            _writer.WriteString("code", "INTERNAL_SERVER_ERROR");
            _writer.WriteEndObject();
        }
        else if (error.Extensions is { Count: > 0 } || error.Exception is not null)
        {
            _writer.WritePropertyName("extensions");
            _writer.WriteStartObject();
            if (error.Extensions is not null)
            {
                foreach ((string key, object? value) in error.Extensions)
                {
                    _writer.WritePropertyName(key);
                    await WriteValueAsync(value, 1, cancellationToken).ConfigureAwait(false);
                }
            }

            if (error.Exception is { } exception)
            {
                // Development only (masking is off): what a developer needs to find the failure.
                _writer.WritePropertyName("exception");
                _writer.WriteStartObject();
                _writer.WriteString("type", exception.GetType().FullName);
                _writer.WriteString("message", exception.Message);
                _writer.WriteString("stackTrace", exception.StackTrace);
                _writer.WriteEndObject();
            }

            _writer.WriteEndObject();
        }

        _writer.WriteEndObject();
    }

    /// <summary>
    /// Writes one result value (see <see cref="GraphQLResult.Data"/> for the shapes understood). The top
    /// <see cref="StreamingDepth"/> levels are written member by member, flushing as the output grows, so a
    /// large result streams; deeper values are written synchronously (an awaited call per value would cost
    /// more than writing it, and one list item's subtree is small).
    /// </summary>
    private async ValueTask WriteValueAsync(object? value, int depth, CancellationToken cancellationToken)
    {
        if (BytesWritten - _flushedUpTo >= FlushThreshold)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        if (depth >= StreamingDepth || value is null or string or JsonElement or JsonNode or RawJsonValue)
        {
            WriteValue(value, depth);
            return;
        }

        switch (value)
        {
            case IEnumerable<KeyValuePair<string, object?>> members:
                _writer.WriteStartObject();
                foreach ((string key, object? item) in members)
                {
                    _writer.WritePropertyName(key);
                    await WriteValueAsync(item, depth + 1, cancellationToken).ConfigureAwait(false);
                }

                _writer.WriteEndObject();
                break;
            case IEnumerable items:
                _writer.WriteStartArray();
                foreach (object? item in items)
                {
                    await WriteValueAsync(item, depth + 1, cancellationToken).ConfigureAwait(false);
                }

                _writer.WriteEndArray();
                break;
            default:
                WriteValue(value, depth);
                break;
        }
    }

    private void WriteValue(object? value, int depth)
    {
        if (depth > MaxValueDepth)
        {
            throw new InvalidOperationException($"The result is nested deeper than {MaxValueDepth} levels.");
        }

        switch (value)
        {
            case null:
                _writer.WriteNullValue();
                break;
            case string text:
                _writer.WriteStringValue(text);
                break;
            case bool flag:
                _writer.WriteBooleanValue(flag);
                break;
            case JsonElement element:
                element.WriteTo(_writer);
                break;
            case JsonNode node:
                node.WriteTo(_writer);
                break;
            case RawJsonValue raw:
                raw.WriteTo(_writer);
                break;
            case IEnumerable<KeyValuePair<string, object?>> members:
                _writer.WriteStartObject();
                foreach ((string key, object? item) in members)
                {
                    _writer.WritePropertyName(key);
                    WriteValue(item, depth + 1);
                }

                _writer.WriteEndObject();
                break;
            case IEnumerable items:
                _writer.WriteStartArray();
                foreach (object? item in items)
                {
                    WriteValue(item, depth + 1);
                }

                _writer.WriteEndArray();
                break;
            default:
                WriteScalar(value);
                break;
        }
    }

    private void WriteScalar(object value)
    {
        switch (value)
        {
            case int number:
                _writer.WriteNumberValue(number);
                break;
            case long number:
                _writer.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                _writer.WriteNumberValue(number);
                break;
            case float number when float.IsFinite(number):
                _writer.WriteNumberValue(number);
                break;
            case decimal number:
                _writer.WriteNumberValue(number);
                break;
            case short or byte or sbyte or ushort or uint:
                _writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong number:
                _writer.WriteNumberValue(number);
                break;
            case double or float:
                throw new InvalidOperationException("A result holds a non-finite number, which JSON cannot carry.");
            case Enum member:
                _writer.WriteStringValue(member.ToString());
                break;
            case DateTimeOffset instant:
                _writer.WriteStringValue(instant);
                break;
            case DateTime instant:
                _writer.WriteStringValue(instant);
                break;
            case DateOnly date:
                _writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case Guid id:
                _writer.WriteStringValue(id);
                break;
            case Uri uri:
                _writer.WriteStringValue(uri.OriginalString);
                break;
            default:
                throw new InvalidOperationException($"A result value of type {value.GetType()} cannot be written as JSON; the engine should complete it to a leaf or a map.");
        }
    }
}
