using System.Buffers;
using ClusterGraph.Redis.Protocol;
using ClusterGraph.Redis.Tests.Infrastructure;

namespace ClusterGraph.Redis.Tests.Protocol;

public sealed class RespReaderTests
{
    public static TheoryData<string> Samples => RespSamples.Names;

    [Theory]
    [MemberData(nameof(Samples))]
    public void Reads_the_sample_in_one_segment(string name)
    {
        (byte[] bytes, RespValue expected) = RespSamples.All[name];

        AssertReads(new ReadOnlySequence<byte>(bytes), expected);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Reads_the_sample_split_at_every_offset(string name)
    {
        (byte[] bytes, RespValue expected) = RespSamples.All[name];

        for (int offset = 1; offset < bytes.Length; offset++)
        {
            AssertReads(Segments.SplitAt(bytes, offset), expected);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Reads_the_sample_one_byte_per_segment(string name)
    {
        (byte[] bytes, RespValue expected) = RespSamples.All[name];

        AssertReads(Segments.OneBytePerSegment(bytes), expected);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_proper_prefix_is_incomplete_not_an_error(string name)
    {
        (byte[] bytes, _) = RespSamples.All[name];

        for (int length = 0; length < bytes.Length; length++)
        {
            ReadOnlySequence<byte> prefix = Segments.OneBytePerSegment(bytes[..length]);
            bool complete = RespReader.TryRead(prefix, RespReaderLimits.Default, out _, out SequencePosition consumed);
            Assert.False(complete, $"{length} of {bytes.Length} bytes read as complete");
            Assert.False(RespReader.IsFrameComplete(prefix, RespReaderLimits.Default), $"{length} of {bytes.Length} bytes scanned as complete");
            Assert.Equal(prefix.Start, consumed);
        }

        Assert.True(RespReader.IsFrameComplete(Segments.OneBytePerSegment(bytes), RespReaderLimits.Default));
    }

    [Fact]
    public void A_large_reply_arriving_in_pieces_is_scanned_without_allocating()
    {
        // MGET-like: 2,000 bulk strings; check every 1 KB prefix the way the receive loop does.
        string wire = "*2000\r\n" + string.Concat(Enumerable.Range(0, 2000).Select(i => $"$10\r\nvalue{i % 10:D5}\r\n"));
        byte[] bytes = System.Text.Encoding.ASCII.GetBytes(wire);
        RespReader.IsFrameComplete(new ReadOnlySequence<byte>(bytes[..100]), RespReaderLimits.Default);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int length = 1024; length < bytes.Length; length += 1024)
        {
            Assert.False(RespReader.IsFrameComplete(new ReadOnlySequence<byte>(bytes, 0, length), RespReaderLimits.Default));
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.True(RespReader.IsFrameComplete(new ReadOnlySequence<byte>(bytes), RespReaderLimits.Default));
        Assert.True(RespReader.TryRead(new ReadOnlySequence<byte>(bytes), RespReaderLimits.Default, out RespValue value, out _));
        Assert.Equal(2000, value.Count);
        Assert.Equal("value00007", value.Elements[1997].AsString());
    }

    [Fact]
    public void Reads_back_to_back_frames_in_order_across_segments()
    {
        var names = RespSamples.All.Keys.ToArray();
        byte[] all = [.. names.SelectMany(n => RespSamples.All[n].Bytes)];

        // Odd-sized pieces so frame boundaries and segment boundaries rarely coincide.
        var pieces = new List<byte[]>();
        for (int i = 0; i < all.Length; i += 7)
        {
            pieces.Add(all[i..Math.Min(all.Length, i + 7)]);
        }

        ReadOnlySequence<byte> buffer = Segments.Of([.. pieces]);
        foreach (string name in names)
        {
            Assert.True(RespReader.TryRead(buffer, RespReaderLimits.Default, out RespValue value, out SequencePosition consumed), name);
            RespAssert.Equal(RespSamples.All[name].Expected, value);
            buffer = buffer.Slice(consumed);
        }

        Assert.True(buffer.IsEmpty);
    }

    [Fact]
    public void Typed_accessors_decode_the_samples()
    {
        Assert.Equal("txt", RespSamples.All["verbatim-string"].Expected.VerbatimFormat);
        Assert.Equal("Some string", Read("=15\r\ntxt:Some string\r\n").AsString());
        Assert.Equal(System.Numerics.BigInteger.Parse("3492890328409238509324850943850943825024385", System.Globalization.CultureInfo.InvariantCulture), Read("(3492890328409238509324850943850943825024385\r\n").BigNumber);
        Assert.Equal("한국", Read("$6\r\n한국\r\n").AsString());
        Assert.Equal(2, Read("%2\r\n+first\r\n:1\r\n+second\r\n:2\r\n").Count);
        Assert.Null(Read("$-1\r\n").ToByteArray());
        Assert.Throws<InvalidOperationException>(() => Read(":1\r\n").Elements.Length);
    }

    private static RespValue Read(string wire)
    {
        Assert.True(RespReader.TryRead(new ReadOnlySequence<byte>(System.Text.Encoding.UTF8.GetBytes(wire)), RespReaderLimits.Default, out RespValue value, out _));
        return value;
    }

    private static void AssertReads(ReadOnlySequence<byte> buffer, RespValue expected)
    {
        Assert.True(RespReader.TryRead(buffer, RespReaderLimits.Default, out RespValue value, out SequencePosition consumed));
        Assert.Equal(buffer.End, consumed);
        RespAssert.Equal(expected, value);
    }
}
