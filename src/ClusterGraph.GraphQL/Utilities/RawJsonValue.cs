using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClusterGraph.GraphQL.Utilities;

/// <summary>
/// One complete JSON value already serialized as UTF-8, carried through a result as a leaf and copied
/// to the output as it is. Resolvers that produce large JSON scalars (GeoJSON) and caches that hold
/// serialized answers use it so the value is not built as a tree and then walked again.
/// </summary>
/// <remarks>
/// The bytes are written verbatim, so they should be produced with the same encoder as the rest of the
/// response (<see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>, as <see cref="Build{TState}"/> does) for
/// the output to look as if the value had been written in place.
/// </remarks>
[JsonConverter(typeof(RawJsonValueConverter))]
public sealed class RawJsonValue
{
    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = 256,
    };

    private RawJsonValue(ReadOnlyMemory<byte> utf8)
    {
        Utf8 = utf8;
    }

    /// <summary>The value's UTF-8 JSON text: exactly one value, no surrounding whitespace required.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>Wraps <paramref name="utf8"/> after checking it holds exactly one well-formed JSON value.</summary>
    /// <exception cref="JsonException">The bytes are not one JSON value.</exception>
    public static RawJsonValue Parse(ReadOnlyMemory<byte> utf8) =>
        TryParse(utf8, out RawJsonValue? value) ? value : throw new JsonException("The bytes are not exactly one well-formed JSON value.");

    /// <summary>Wraps <paramref name="utf8"/> when it holds exactly one well-formed JSON value (no copy is made).</summary>
    public static bool TryParse(ReadOnlyMemory<byte> utf8, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RawJsonValue? value)
    {
        value = null;
        var reader = new Utf8JsonReader(utf8.Span, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            if (!reader.Read())
            {
                return false;
            }

            reader.Skip();
            if (reader.Read())
            {
                return false;
            }
        }
        catch (JsonException)
        {
            return false;
        }

        value = new RawJsonValue(utf8);
        return true;
    }

    /// <summary>Serializes a value with <paramref name="write"/> (which must write exactly one JSON value).</summary>
    public static RawJsonValue Build<TState>(TState state, Action<Utf8JsonWriter, TState> write, int initialCapacity = 1024)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new GrowingBuffer(initialCapacity);
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            write(writer, state);
            writer.Flush();
            if (writer.CurrentDepth != 0 || writer.BytesCommitted == 0)
            {
                throw new InvalidOperationException("The writer callback must write exactly one complete JSON value.");
            }
        }

        // The Utf8JsonWriter validated the structure as it went, so the bytes need no second check.
        return new RawJsonValue(buffer.Written);
    }

    /// <summary>Writes the value to <paramref name="writer"/> as it is.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRawValue(Utf8.Span, skipInputValidation: true);
    }

    /// <inheritdoc />
    public override string ToString() => System.Text.Encoding.UTF8.GetString(Utf8.Span);

    /// <summary>
    /// A growing byte buffer whose arrays are not zeroed first (every byte handed out is written before it
    /// is read): clearing large buffers was a visible cost of building big values.
    /// </summary>
    private sealed class GrowingBuffer(int initialCapacity) : IBufferWriter<byte>
    {
        private byte[] _array = GC.AllocateUninitializedArray<byte>(Math.Max(initialCapacity, 256));
        private int _written;

        public ReadOnlyMemory<byte> Written => _array.AsMemory(0, _written);

        public void Advance(int count)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _array.Length - _written);
            _written += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return _array.AsMemory(_written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return _array.AsSpan(_written);
        }

        private void Reserve(int sizeHint)
        {
            int needed = Math.Max(sizeHint, 1);
            if (_array.Length - _written >= needed)
            {
                return;
            }

            byte[] larger = GC.AllocateUninitializedArray<byte>(Math.Max(_array.Length * 2, _written + needed));
            _array.AsSpan(0, _written).CopyTo(larger);
            _array = larger;
        }
    }

    private sealed class RawJsonValueConverter : JsonConverter<RawJsonValue>
    {
        public override RawJsonValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return new RawJsonValue(JsonSerializer.SerializeToUtf8Bytes(document.RootElement));
        }

        public override void Write(Utf8JsonWriter writer, RawJsonValue value, JsonSerializerOptions options) => value.WriteTo(writer);
    }
}
