using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using ClusterGraph.GraphQL.AspNetCore.Http;

namespace ClusterGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>The body reader sees the same JSON however the body is split (DESIGN.md §8.4).</summary>
public sealed class RequestBodyReaderTests
{
    private static readonly byte[] s_body = Encoding.UTF8.GetBytes("""{"query":"{ hello(name: \"부산 🏭\") }","variables":{"a":[1,2.5,null,true]}}""");

    [Fact]
    public void Parses_the_body_split_at_every_offset()
    {
        for (int split = 0; split <= s_body.Length; split++)
        {
            ReadOnlySequence<byte> sequence = Segments([s_body[..split], s_body[split..]]);

            (RequestBodyReader.Status status, JsonDocument? document) = RequestBodyReader.Parse(sequence);

            using (document)
            {
                Assert.Equal(RequestBodyReader.Status.Ok, status);
                AssertExpected(document!);
            }
        }
    }

    [Fact]
    public void Parses_the_body_one_byte_per_segment()
    {
        ReadOnlySequence<byte> sequence = Segments(s_body.Select(b => new[] { b }).ToArray());

        (RequestBodyReader.Status status, JsonDocument? document) = RequestBodyReader.Parse(sequence);

        using (document)
        {
            Assert.Equal(RequestBodyReader.Status.Ok, status);
            AssertExpected(document!);
        }
    }

    [Fact]
    public async Task Reads_a_pipe_written_one_byte_at_a_time()
    {
        var pipe = new Pipe();
        Task writer = Task.Run(async () =>
        {
            foreach (byte b in s_body)
            {
                await pipe.Writer.WriteAsync(new[] { b });
            }

            await pipe.Writer.CompleteAsync();
        });

        (RequestBodyReader.Status status, JsonDocument? document) = await RequestBodyReader.ReadJsonAsync(pipe.Reader, s_body.Length, CancellationToken.None);
        await writer;

        using (document)
        {
            Assert.Equal(RequestBodyReader.Status.Ok, status);
            AssertExpected(document!);
        }
    }

    [Fact]
    public async Task Stops_reading_once_the_limit_is_passed()
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(s_body);

        // The writer never completes: the reader must decide from the bytes it has.
        (RequestBodyReader.Status status, JsonDocument? document) = await RequestBodyReader.ReadJsonAsync(pipe.Reader, s_body.Length - 1, CancellationToken.None);

        Assert.Equal(RequestBodyReader.Status.TooLarge, status);
        Assert.Null(document);
    }

    [Fact]
    public void The_document_owns_its_bytes_after_the_pipe_memory_is_reused()
    {
        byte[] buffer = (byte[])s_body.Clone();

        (_, JsonDocument? document) = RequestBodyReader.Parse(new ReadOnlySequence<byte>(buffer));
        Array.Fill(buffer, (byte)'x');

        using (document)
        {
            AssertExpected(document!);
        }
    }

    [Theory]
    [InlineData("", "Empty")]
    [InlineData(" \r\n\t", "Empty")]
    [InlineData("{\"query\":", "InvalidJson")]
    [InlineData("{} {}", "InvalidJson")]
    public void Reports_empty_and_invalid_bodies(string body, string expected)
    {
        (RequestBodyReader.Status status, JsonDocument? document) = RequestBodyReader.Parse(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(body)));

        Assert.Equal(Enum.Parse<RequestBodyReader.Status>(expected), status);
        Assert.Null(document);
    }

    private static void AssertExpected(JsonDocument document)
    {
        JsonElement root = document.RootElement;
        Assert.Equal("{ hello(name: \"부산 🏭\") }", root.GetProperty("query").GetString());
        Assert.Equal("[1,2.5,null,true]", root.GetProperty("variables").GetProperty("a").GetRawText());
    }

    private static ReadOnlySequence<byte> Segments(byte[][] parts)
    {
        var first = new Segment(parts[0], 0);
        Segment last = first;
        foreach (byte[] part in parts.Skip(1))
        {
            last = last.Append(part);
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
