using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ClusterGraph.Graph.Store;

/// <summary>
/// The opaque cursor format every store implementation shares: base64url of a JSON array of strings,
/// <c>["cg1", scope, key1, …, keyN]</c>. The scope names the list and its ordering (e.g.
/// <c>entities:NAME.ASC.KO</c>), the keys are the sort keys of the item the cursor points at, the last
/// being its ID. Keyset semantics: a cursor means "after (or before) this key", so a cursor from an
/// older data version still continues correctly in the current one — items present and unchanged in
/// both versions are neither repeated nor skipped; an item whose sort key changed appears where its
/// new key sorts. A cursor from another list or ordering, or not issued by a store, is a
/// <see cref="GraphQueryException"/> with <see cref="GraphQueryErrorCode.InvalidCursor"/>.
/// </summary>
public static class CursorCodec
{
    private const string FormatTag = "cg1";
    private const int MaxCursorLength = 4096;

    /// <summary>Encodes a cursor for <paramref name="scope"/> and the item's sort keys.</summary>
    public static string Encode(string scope, params ReadOnlySpan<string> keys)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(FormatTag);
            writer.WriteStringValue(scope);
            foreach (string key in keys)
            {
                writer.WriteStringValue(key);
            }

            writer.WriteEndArray();
        }

        return Convert.ToBase64String(buffer.WrittenSpan).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>
    /// Decodes a cursor issued for <paramref name="scope"/> with <paramref name="keyCount"/> keys;
    /// throws <see cref="GraphQueryException"/> (InvalidCursor, naming <paramref name="argument"/>) otherwise.
    /// </summary>
    public static string[] Decode(string cursor, string scope, int keyCount, string argument)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        string[]? parts = TryDecodeParts(cursor);
        if (parts is null)
        {
            throw Invalid(argument, $"'{Shorten(cursor)}' is not a cursor issued by this API.");
        }

        if (!string.Equals(parts[1], scope, StringComparison.Ordinal) || parts.Length != keyCount + 2)
        {
            throw Invalid(argument, "The cursor belongs to another list or ordering; use a cursor from this list with the same arguments.");
        }

        return parts[2..];
    }

    private static string[]? TryDecodeParts(string cursor)
    {
        if (cursor.Length is 0 or > MaxCursorLength)
        {
            return null;
        }

        var base64 = new StringBuilder(cursor.Length + 3);
        foreach (char c in cursor)
        {
            base64.Append(c switch
            {
                '-' => '+',
                '_' => '/',
                _ => c,
            });
        }

        base64.Append('=', (4 - (cursor.Length % 4)) % 4);
        byte[] bytes = new byte[cursor.Length];
        if (!Convert.TryFromBase64String(base64.ToString(), bytes, out int written))
        {
            return null;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(bytes.AsMemory(0, written), new JsonDocumentOptions { MaxDepth = 2 });
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() < 3)
            {
                return null;
            }

            var parts = new string[root.GetArrayLength()];
            int i = 0;
            foreach (JsonElement element in root.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.String)
                {
                    return null;
                }

                parts[i++] = element.GetString()!;
            }

            return string.Equals(parts[0], FormatTag, StringComparison.Ordinal) ? parts : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static GraphQueryException Invalid(string argument, string message) =>
        new(GraphQueryErrorCode.InvalidCursor, argument, $"Invalid cursor in '{argument}': {message}");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
