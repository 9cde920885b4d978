using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using ClusterGraph.GraphQL.AspNetCore;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>
/// One cached answer: the serialized result (<c>{"data":…,"extensions":…}</c>), the data version it was
/// computed at, and when. A hit writes the <c>data</c> bytes of the payload as they are (no tree is
/// built); the payload is scanned once, here, to find them and to check it is well-formed.
/// </summary>
internal sealed class CachedResponse
{
    // Redis value: magic line, version line, stored-at (Unix ms) line, then the payload.
    private static ReadOnlySpan<byte> Magic => "cgrc1\n"u8;

    private readonly RawJsonValue _data;
    private readonly Dictionary<string, object?>? _extensions;

    /// <exception cref="JsonException">The payload is not a result object with a <c>data</c> entry.</exception>
    public CachedResponse(string version, DateTimeOffset storedAt, DateTimeOffset expiresAt, byte[] payload)
    {
        Version = version;
        StoredAt = storedAt;
        ExpiresAt = expiresAt;
        Payload = payload;
        (_data, _extensions) = ReadPayload(payload);
    }

    public string Version { get; }

    public DateTimeOffset StoredAt { get; }

    public DateTimeOffset ExpiresAt { get; }

    public byte[] Payload { get; }

    /// <summary>Bytes this entry holds in memory, roughly.</summary>
    public long Size => Payload.Length + 256L;

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
        catch (Exception e) when (e is JsonException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>Finds the <c>data</c> value's bytes and reads <c>extensions</c> (small) into a dictionary.</summary>
    private static (RawJsonValue Data, Dictionary<string, object?>? Extensions) ReadPayload(byte[] payload)
    {
        var reader = new Utf8JsonReader(payload, new JsonReaderOptions { MaxDepth = ResultJsonWriter.MaxDepth + 16 });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A cached result is a JSON object.");
        }

        RawJsonValue? data = null;
        Dictionary<string, object?>? extensions = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isData = reader.ValueTextEquals("data"u8);
            bool isExtensions = !isData && reader.ValueTextEquals("extensions"u8);
            reader.Read();
            int start = (int)reader.TokenStartIndex;
            if (isExtensions && reader.TokenType == JsonTokenType.StartObject)
            {
                extensions = [];
                using JsonDocument document = JsonDocument.ParseValue(ref reader);
                foreach (JsonProperty member in document.RootElement.EnumerateObject())
                {
                    extensions[member.Name] = member.Value.Clone();
                }

                continue;
            }

            reader.Skip();
            if (isData)
            {
                int end = (int)reader.BytesConsumed;
                data = RawJsonValue.Parse(payload.AsMemory(start, end - start));
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read() || data is null)
        {
            throw new JsonException("A cached result is one JSON object with a data entry.");
        }

        return (data, extensions);
    }
}
