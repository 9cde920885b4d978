using System.Buffers.Binary;
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
    private static string?[]? s_entries;

    /// <summary>This thread's table; a parser fetches it once rather than per name.</summary>
    public static string?[] ForThisThread() => s_entries ??= new string?[Size];

    public static string Get(string?[] entries, ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length > MaxLength || ascii.IsEmpty)
        {
            return Encoding.ASCII.GetString(ascii);
        }

        ref string? slot = ref entries[Hash(ascii) & (Size - 1)];
        string? cached = slot;
        if (cached is not null && Ascii.Equals(ascii, cached))
        {
            return cached;
        }

        string created = Encoding.ASCII.GetString(ascii);
        slot = created;
        return created;
    }

    // Constant time whatever the length: the first and last four bytes (or three bytes of a short
    // name) and the length. Names that share all of these only share a slot; equality is checked.
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
}
