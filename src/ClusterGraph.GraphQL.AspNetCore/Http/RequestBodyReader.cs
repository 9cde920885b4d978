using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;

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

        try
        {
            // JsonDocument keeps pointing into a single-segment input instead of copying it, and the
            // pipe's memory is reused for other requests once the reader advances: give it its own copy.
            return (Status.Ok, JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = 128 }));
        }
        catch (JsonException)
        {
            return (Status.InvalidJson, null);
        }
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
