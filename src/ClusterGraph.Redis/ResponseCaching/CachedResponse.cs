using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using ClusterGraph.GraphQL.AspNetCore;

namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>
/// One cached answer: the serialized result (<c>{"data":…,"extensions":…}</c>), the data version it was
/// computed at, and when. The JSON is parsed once, here, so a hit only wraps the parsed tree.
/// </summary>
internal sealed class CachedResponse
{
    // Redis value: magic line, version line, stored-at (Unix ms) line, then the payload.
    private static ReadOnlySpan<byte> Magic => "cgrc1\n"u8;

    private readonly JsonElement _data;
    private readonly Dictionary<string, object?>? _extensions;

    public CachedResponse(string version, DateTimeOffset storedAt, DateTimeOffset expiresAt, byte[] payload)
    {
        Version = version;
        StoredAt = storedAt;
        ExpiresAt = expiresAt;
        Payload = payload;
        using JsonDocument document = JsonDocument.Parse(payload);
        JsonElement root = document.RootElement;
        _data = root.GetProperty("data").Clone();
        if (root.TryGetProperty("extensions", out JsonElement extensions) && extensions.ValueKind == JsonValueKind.Object)
        {
            _extensions = [];
            foreach (JsonProperty member in extensions.EnumerateObject())
            {
                _extensions[member.Name] = member.Value.Clone();
            }
        }
    }

    public string Version { get; }

    public DateTimeOffset StoredAt { get; }

    public DateTimeOffset ExpiresAt { get; }

    public byte[] Payload { get; }

    /// <summary>Bytes this entry holds in memory, roughly (payload twice: raw and parsed).</summary>
    public long Size => (Payload.Length * 2L) + 256;

    /// <summary>The answer as the transport writes it; <paramref name="marker"/> is the debug <c>extensions.cache</c> entry.</summary>
    public GraphQLExecutionOutcome ToOutcome(IReadOnlyDictionary<string, object?>? marker)
    {
        IReadOnlyDictionary<string, object?>? extensions = _extensions;
        if (marker is not null)
        {
            var withMarker = new Dictionary<string, object?>(_extensions ?? []) { ["cache"] = marker };
            extensions = withMarker;
        }

        return GraphQLExecutionOutcome.Executed(new GraphQLResult { Data = _data, Extensions = extensions });
    }

    /// <summary>The value stored in Redis.</summary>
    public byte[] ToRedisValue()
    {
        byte[] header = Encoding.ASCII.GetBytes($"{Version}\n{StoredAt.ToUnixTimeMilliseconds()}\n");
        byte[] value = new byte[Magic.Length + header.Length + Payload.Length];
        Magic.CopyTo(value);
        header.CopyTo(value, Magic.Length);
        Payload.CopyTo(value, Magic.Length + header.Length);
        return value;
    }

    /// <summary>Reads a value written by <see cref="ToRedisValue"/>; null when it is not one (or its JSON is damaged).</summary>
    public static CachedResponse? FromRedisValue(ReadOnlySpan<byte> value, TimeSpan timeToLive)
    {
        if (!value.StartsWith(Magic))
        {
            return null;
        }

        value = value[Magic.Length..];
        int versionEnd = value.IndexOf((byte)'\n');
        if (versionEnd < 1)
        {
            return null;
        }

        string version = Encoding.ASCII.GetString(value[..versionEnd]);
        value = value[(versionEnd + 1)..];
        int stampEnd = value.IndexOf((byte)'\n');
        if (!DataVersion.IsWellFormed(version) || stampEnd < 1
            || !Utf8Parser.TryParse(value[..stampEnd], out long storedAtMs, out int consumed) || consumed != stampEnd)
        {
            return null;
        }

        try
        {
            var storedAt = DateTimeOffset.FromUnixTimeMilliseconds(storedAtMs);
            return new CachedResponse(version, storedAt, storedAt + timeToLive, value[(stampEnd + 1)..].ToArray());
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
