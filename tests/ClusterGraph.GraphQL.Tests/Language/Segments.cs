using System.Buffers;

namespace ClusterGraph.GraphQL.Tests.Language;

/// <summary>Builds multi-segment <see cref="ReadOnlySequence{T}"/>s, as a pipe reader hands them out.</summary>
internal static class Segments
{
    public static ReadOnlySequence<byte> Split(byte[] bytes, params int[] cuts)
    {
        var pieces = new List<byte[]>();
        int start = 0;
        foreach (int cut in cuts.Append(bytes.Length))
        {
            pieces.Add(bytes[start..cut]);
            start = cut;
        }

        return Of(pieces);
    }

    public static ReadOnlySequence<byte> OneBytePerSegment(byte[] bytes)
        => Of(bytes.Select(b => new[] { b }).ToList());

    private static ReadOnlySequence<byte> Of(List<byte[]> pieces)
    {
        var first = new Segment(pieces[0], 0);
        Segment last = first;
        for (int i = 1; i < pieces.Count; i++)
        {
            last = last.Append(pieces[i]);
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(byte[] memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
