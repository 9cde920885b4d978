using System.Runtime.CompilerServices;

namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// The property names the database rows use, found from their UTF-8 bytes without allocating: a
/// million rows with ten properties each would otherwise allocate ten million short strings.
/// </summary>
internal static class PropertyNames
{
    /// <summary>Longest name looked up; longer names are not in the vocabulary.</summary>
    public const int MaxLength = 32;

    private static readonly Dictionary<string, string> s_names = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_names.GetAlternateLookup<ReadOnlySpan<char>>();

#pragma warning disable CA1810 // The vocabulary is filled once, in order; a static constructor says so best.
    static PropertyNames()
#pragma warning restore CA1810
    {
        string[] vocabulary =
        [
            "id", "title", "publisher", "url", "publishedAt", "lang", "retrievedAt", "note",
            "type", "from", "to", "role", "since", "until", "confidence", "evidence",
            "kind", "names", "aliases", "description", "location", "indicators",
            "ko", "en", "lat", "lon", "precision", "source", "quote",
            "key", "name", "value", "unit", "qualifier", "about", "date", "period", "target",
            "region", "complex", "company", "institute", "stage", "initiative",
            "level", "code", "complexKind", "size", "website", "instituteKind", "order", "industry",
            "initiativeKind", "endDate",
        ];
        foreach (string name in vocabulary)
        {
            s_names[name] = name;
        }
    }

    /// <summary>The vocabulary's string for <paramref name="utf8"/>, or null when it is not a known name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? Find(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength)
        {
            return null;
        }

        Span<char> chars = stackalloc char[MaxLength];
        for (int i = 0; i < utf8.Length; i++)
        {
            // The vocabulary is ASCII: any other byte means an unknown name.
            if (utf8[i] >= 0x80)
            {
                return null;
            }

            chars[i] = (char)utf8[i];
        }

        return s_lookup.TryGetValue(chars[..utf8.Length], out string? name) ? name : null;
    }
}
