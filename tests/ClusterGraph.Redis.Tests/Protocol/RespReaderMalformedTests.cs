using System.Buffers;
using System.Text;
using ClusterGraph.Redis.Protocol;
using ClusterGraph.Redis.Tests.Infrastructure;

namespace ClusterGraph.Redis.Tests.Protocol;

public sealed class RespReaderMalformedTests
{
    // Each frame is complete enough that its defect is decidable; the expected fragment names the defect.
    public static TheoryData<string, string> Malformed => new()
    {
        { "?foo\r\n", "unknown type byte 0x3F" },
        { "+OK\n", "LF without CR" },
        { "+O\rK\r\n", "CR before its CRLF" },
        { ":12a\r\n", "is not a number" },
        { ":\r\n", "has no digits" },
        { ":-\r\n", "has no digits" },
        { ":99999999999999999999\r\n", "does not fit in 64 bits" },
        { ":9223372036854775808\r\n", "does not fit in 64 bits" },
        { "$abc\r\n", "is not a number" },
        { "$-2\r\n", "invalid length -2" },
        { "!-1\r\n", "invalid length -1" },
        { "%-1\r\n", "invalid length -1" },
        { "$3\r\nfooXY", "not followed by CRLF" },
        { "#x\r\n", "neither 't' nor 'f'" },
        { "#tt\r\n", "neither 't' nor 'f'" },
        { ",1.2.3\r\n", "is not a number" },
        { ",Infinity\r\n", "is not a number" },
        { ",\r\n", "is not a number" },
        { "(12x\r\n", "is not an integer" },
        { "(\r\n", "is not an integer" },
        { "=3\r\nabc\r\n", "three-letter format" },
        { "=6\r\nabcdef\r\n", "three-letter format" },
        { "_x\r\n", "null (_) has content" },
        { "$?\r\n", "streamed" },
        { "*?\r\n", "streamed" },
        { "*2\r\n:1\r\n@\r\n", "unknown type byte 0x40" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_frames_raise_a_protocol_error(string wire, string fragment)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(wire);

        var whole = Assert.Throws<RedisProtocolException>(() => Read(new ReadOnlySequence<byte>(bytes)));
        var split = Assert.Throws<RedisProtocolException>(() => Read(Segments.OneBytePerSegment(bytes)));

        Assert.Contains(fragment, whole.Message, StringComparison.Ordinal);
        Assert.Equal(whole.Message, split.Message);
    }

    [Fact]
    public void Nesting_up_to_the_depth_limit_reads_and_one_more_level_fails()
    {
        var limits = new RespReaderLimits { MaxDepth = 8 };

        Assert.True(RespReader.TryRead(Nested(8), limits, out RespValue value, out _));
        Assert.Equal(RespType.Array, value.Type);
        var error = Assert.Throws<RedisProtocolException>(() => RespReader.TryRead(Nested(9), limits, out _, out _));
        Assert.Contains("nest deeper than the limit of 8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_nesting_a_million_deep_fails_without_exhausting_the_stack()
    {
        var error = Assert.Throws<RedisProtocolException>(() => Read(Nested(1_000_000)));

        Assert.Contains("nest deeper than the limit of 32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_through_attributes_and_maps_counts_towards_the_depth()
    {
        string wire = string.Concat(Enumerable.Repeat("%1\r\n+k\r\n|1\r\n+a\r\n", 40)) + ":1\r\n";

        var error = Assert.Throws<RedisProtocolException>(() => Read(Ascii(wire)));

        Assert.Contains("nest deeper", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bulk_length_over_the_limit_fails_before_the_payload_arrives()
    {
        var error = Assert.Throws<RedisProtocolException>(() => Read(Ascii("$1000000000\r\n")));

        Assert.Contains("exceeds the limit of 67108864", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_aggregate_length_over_the_limit_fails()
    {
        var error = Assert.Throws<RedisProtocolException>(() => Read(Ascii("*2000000000\r\n")));

        Assert.Contains("exceeds the limit of 1048576", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_aggregate_header_without_its_elements_allocates_nothing_big()
    {
        ReadOnlySequence<byte> header = Ascii("*1000000\r\n:1\r\n");

        long before = GC.GetAllocatedBytesForCurrentThread();
        bool complete = RespReader.TryRead(header, RespReaderLimits.Default, out _, out _);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.False(complete);
        Assert.True(allocated < 64 * 1024, $"allocated {allocated} bytes for a bare header");
    }

    [Fact]
    public void A_line_without_end_longer_than_the_limit_fails()
    {
        ReadOnlySequence<byte> endless = Ascii("+" + new string('a', 70_000));

        var error = Assert.Throws<RedisProtocolException>(() => Read(endless));

        Assert.Contains("longer than the limit of 65536", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incomplete_frame_larger_than_the_frame_limit_fails()
    {
        var limits = new RespReaderLimits { MaxFrameBytes = 64, MaxLineLength = 32 };
        ReadOnlySequence<byte> partial = Ascii("$100\r\n" + new string('x', 80));

        var error = Assert.Throws<RedisProtocolException>(() => RespReader.TryRead(partial, limits, out _, out _));

        Assert.Contains("larger than the limit of 64 bytes", error.Message, StringComparison.Ordinal);
    }

    private static ReadOnlySequence<byte> Nested(int depth) =>
        Ascii(string.Concat(Enumerable.Repeat("*1\r\n", depth)) + ":1\r\n");

    private static ReadOnlySequence<byte> Ascii(string text) => new(Encoding.ASCII.GetBytes(text));

    private static bool Read(ReadOnlySequence<byte> buffer) => RespReader.TryRead(buffer, RespReaderLimits.Default, out _, out _);
}
