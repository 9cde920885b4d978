using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using System.Text.Unicode;

namespace ClusterGraph.GraphQL.AspNetCore.Http;

/// <summary>Reads a request body of at most a given size and parses it as JSON, without an intermediate string.</summary>
internal static class RequestBodyReader
{
    public enum Status
    {
        Ok,
        Empty,
        TooLarge,
        InvalidJson,
    }

    /// <summary>Reads <paramref name="reader"/> to its end; stops reading as soon as more than <paramref name="maxBytes"/> arrived.</summary>
    public static async ValueTask<(Status Status, JsonDocument? Document)> ReadJsonAsync(PipeReader reader, long maxBytes, CancellationToken cancellationToken)
    {
        while (true)
        {
            ReadResult result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            ReadOnlySequence<byte> buffer = result.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return (Status.TooLarge, null);
            }

            if (result.IsCompleted || result.IsCanceled)
            {
                try
                {
                    return Parse(buffer);
                }
                finally
                {
                    reader.AdvanceTo(buffer.End);
                }
            }

            // Keep everything: examined up to the end, so the next read waits for more bytes.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Parses a complete body, however it is split into segments.</summary>
    public static (Status Status, JsonDocument? Document) Parse(ReadOnlySequence<byte> body)
    {
        if (IsBlank(body))
        {
            return (Status.Empty, null);
        }

        // JsonDocument keeps pointing into a single-segment input instead of copying it, and the
        // pipe's memory is reused for other requests once the reader advances: give it its own copy.
        byte[] copy = body.ToArray();

        // JSON text is UTF-8 (RFC 8259 §8.1), but JsonDocument checks a string's bytes and escapes only when
        // it is read (GetString then throws): a bad byte or a lone surrogate escape in the query or the
        // variables surfaced as a 500. Refuse such a body here, as invalid JSON.
        if (!Utf8.IsValid(copy) || !StringsDecode(copy))
        {
            return (Status.InvalidJson, null);
        }

        try
        {
            return (Status.Ok, JsonDocument.Parse(copy, new JsonDocumentOptions { MaxDepth = 128 }));
        }
        catch (JsonException)
        {
            return (Status.InvalidJson, null);
        }
    }

    /// <summary>
    /// Whether every escaped string and property name decodes to a .NET string. JSON's grammar lets an
    /// escape name half a surrogate pair ("\uD800" alone; RFC 8259 §8.2 calls the outcome unpredictable);
    /// GetString throws on it, far from here. Reads token by token (no recursion), at most 128 levels deep.
    /// </summary>
    internal static bool StringsDecode(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 128 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
                {
                    reader.GetString();
                }
            }
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        catch (JsonException)
        {
            // Malformed JSON: the parse that follows reports it.
        }

        return true;
    }

    private static bool IsBlank(ReadOnlySequence<byte> body)
    {
        foreach (ReadOnlyMemory<byte> segment in body)
        {
            foreach (byte b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
