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

        uint hash = 2166136261;
        foreach (byte b in ascii)
        {
            hash = (hash ^ b) * 16777619;
        }

        ref string? slot = ref entries[hash & (Size - 1)];
        string? cached = slot;
        if (cached is not null && Ascii.Equals(ascii, cached))
        {
            return cached;
        }

        string created = Encoding.ASCII.GetString(ascii);
        slot = created;
        return created;
    }
}
