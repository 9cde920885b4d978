using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;

namespace ClusterGraph.GraphQL.Language;

/// <summary>
/// Reuses the strings of short ASCII names (and small literals) across parses on a thread, so parsing
/// a document made of familiar names allocates no string for them. A direct-mapped table: a miss just
/// replaces the slot.
/// </summary>
internal static class NameCache
{
    private const int Size = 2048;
    private const int MaxLength = 32;

    [ThreadStatic]
    private static Entry[]? s_entries;

    /// <summary>This thread's table; a parser fetches it once rather than per name.</summary>
    public static Entry[] ForThisThread() => s_entries ??= new Entry[Size];

    public static string Get(Entry[] entries, ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length > MaxLength || ascii.IsEmpty)
        {
            return Encoding.ASCII.GetString(ascii);
        }

        ref Entry slot = ref entries[Hash(ascii) & (Size - 1)];

        // The entry keeps the name's bytes too, so a hit is one vectorised byte comparison rather than
        // a byte-against-char loop.
        if (slot.Utf8 is { } cachedBytes && ascii.SequenceEqual(cachedBytes))
        {
            return slot.Value!;
        }

        return Add(ref slot, ascii);
    }

    // Out of line: a miss is rare once a thread has seen its documents, and the hit path stays small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string Add(ref Entry slot, ReadOnlySpan<byte> ascii)
    {
        string created = Encoding.ASCII.GetString(ascii);
        slot = new Entry(created, ascii.ToArray());
        return created;
    }

    // Constant time whatever the length: the first and last four bytes (or three bytes of a short
    // name) and the length. Names that share all of these only share a slot; equality is checked.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<byte> ascii)
    {
        uint head;
        uint tail;
        if (ascii.Length >= 4)
        {
            head = BinaryPrimitives.ReadUInt32LittleEndian(ascii);
            tail = BinaryPrimitives.ReadUInt32LittleEndian(ascii[^4..]);
        }
        else
        {
            head = ascii[0] | ((uint)ascii[ascii.Length >> 1] << 8) | ((uint)ascii[^1] << 16);
            tail = 0;
        }

        uint hash = (head * 0x9E3779B1u) ^ (tail * 0x85EBCA77u) ^ (uint)ascii.Length;
        return hash ^ (hash >> 15);
    }

    /// <summary>One cached name: its string and the same text as bytes.</summary>
    internal readonly struct Entry(string value, byte[] utf8)
    {
        public string? Value { get; } = value;

        public byte[]? Utf8 { get; } = utf8;
    }
}
