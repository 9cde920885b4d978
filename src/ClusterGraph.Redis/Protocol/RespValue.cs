using System.Globalization;
using System.Numerics;
using System.Text;

namespace ClusterGraph.Redis.Protocol;

/// <summary>
/// One RESP2/RESP3 value. A small struct: text kinds keep their raw bytes, aggregates their elements
/// (a map or attribute keeps keys and values alternating), numbers live inline.
/// </summary>
public readonly struct RespValue
{
    private const int MaxFormatDepth = 64;

    // byte[] for text kinds, RespValue[] for aggregates, Attributed when attributes preceded the value.
    private readonly object? _payload;

    // Integer value, boolean (0/1) or the bits of a double.
    private readonly long _scalar;

    private RespValue(RespType type, object? payload, long scalar)
    {
        Type = type;
        _payload = payload;
        _scalar = scalar;
    }

    /// <summary>The kind of value.</summary>
    public RespType Type { get; }

    /// <summary>True for <see cref="RespType.Null"/>.</summary>
    public bool IsNull => Type == RespType.Null;

    /// <summary>True for simple and bulk errors.</summary>
    public bool IsError => Type is RespType.Error or RespType.BulkError;

    /// <summary>True for arrays, sets, pushes and maps.</summary>
    public bool IsAggregate => Type is RespType.Array or RespType.Set or RespType.Push or RespType.Map;

    /// <summary>The attribute map (keys and values alternating) that preceded this value, or empty.</summary>
    public ReadOnlySpan<RespValue> Attributes => _payload is Attributed a ? a.Attributes : default;

    /// <summary>The integer of an <see cref="RespType.Integer"/>.</summary>
    public long Integer => Type == RespType.Integer ? _scalar : throw WrongType(RespType.Integer);

    /// <summary>The value of a <see cref="RespType.Boolean"/>.</summary>
    public bool Boolean => Type == RespType.Boolean ? _scalar != 0 : throw WrongType(RespType.Boolean);

    /// <summary>The value of a <see cref="RespType.Double"/>.</summary>
    public double Double => Type == RespType.Double ? BitConverter.Int64BitsToDouble(_scalar) : throw WrongType(RespType.Double);

    /// <summary>The value of a <see cref="RespType.BigNumber"/>.</summary>
    public BigInteger BigNumber => Type == RespType.BigNumber
        ? BigInteger.Parse(Encoding.ASCII.GetString(Bytes), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
        : throw WrongType(RespType.BigNumber);

    /// <summary>
    /// The raw bytes of a text kind (simple/bulk string, errors, big number as digits, verbatim string
    /// with its <c>fmt:</c> prefix removed); empty for <see cref="RespType.Null"/>.
    /// </summary>
    public ReadOnlySpan<byte> Bytes => Type switch
    {
        RespType.VerbatimString => ((byte[])Inner!).AsSpan(4),
        RespType.Null => default,
        _ when Inner is byte[] bytes => bytes,
        _ => throw WrongType(RespType.BulkString),
    };

    /// <summary>The three-letter format of a verbatim string (<c>txt</c>, <c>mkd</c>).</summary>
    public string VerbatimFormat => Type == RespType.VerbatimString
        ? Encoding.ASCII.GetString(((byte[])Inner!).AsSpan(0, 3))
        : throw WrongType(RespType.VerbatimString);

    /// <summary>The elements of an array, set or push; a map's keys and values alternating.</summary>
    public ReadOnlySpan<RespValue> Elements => Inner is RespValue[] items ? items : throw WrongType(RespType.Array);

    /// <summary>A map's pair count, or an array's, set's or push's element count.</summary>
    public int Count => Type == RespType.Map ? Elements.Length / 2 : Elements.Length;

    private object? Inner => _payload is Attributed a ? a.Payload : _payload;

    /// <summary>
    /// The bytes of a text kind as an array (null for <see cref="RespType.Null"/>). For reader-made
    /// values this is the array the reader allocated for the reply, handed over without another copy.
    /// </summary>
    public byte[]? ToByteArray() => Type switch
    {
        RespType.Null => null,
        RespType.VerbatimString => Bytes.ToArray(),
        _ => Inner as byte[] ?? throw WrongType(RespType.BulkString),
    };

    /// <summary>The text of a text kind decoded as UTF-8 (null for <see cref="RespType.Null"/>).</summary>
    public string? AsString() => Type == RespType.Null ? null : Encoding.UTF8.GetString(Bytes);

    public static RespValue Null { get; } = new(RespType.Null, null, 0);

    public static RespValue SimpleString(byte[] text) => new(RespType.SimpleString, text, 0);

    public static RespValue Error(byte[] text) => new(RespType.Error, text, 0);

    public static RespValue BulkError(byte[] text) => new(RespType.BulkError, text, 0);

    public static RespValue BulkString(byte[] bytes) => new(RespType.BulkString, bytes, 0);

    public static RespValue BigNumberDigits(byte[] digits) => new(RespType.BigNumber, digits, 0);

    /// <summary>A verbatim string from its wire payload: three format letters, a colon, the text.</summary>
    public static RespValue Verbatim(byte[] payload)
    {
        if (payload.Length < 4 || payload[3] != (byte)':')
        {
            throw new ArgumentException("A verbatim string starts with a three-letter format and a colon.", nameof(payload));
        }

        return new(RespType.VerbatimString, payload, 0);
    }

    public static RespValue FromInteger(long value) => new(RespType.Integer, null, value);

    public static RespValue FromBoolean(bool value) => new(RespType.Boolean, null, value ? 1 : 0);

    public static RespValue FromDouble(double value) => new(RespType.Double, null, BitConverter.DoubleToInt64Bits(value));

    /// <summary>An aggregate. For a map, <paramref name="elements"/> holds keys and values alternating.</summary>
    public static RespValue Aggregate(RespType type, RespValue[] elements)
    {
        if (type is not (RespType.Array or RespType.Set or RespType.Push or RespType.Map))
        {
            throw new ArgumentException($"{type} is not an aggregate type.", nameof(type));
        }

        if (type == RespType.Map && elements.Length % 2 != 0)
        {
            throw new ArgumentException("A map needs an even number of elements (keys and values).", nameof(elements));
        }

        return new(type, elements, 0);
    }

    /// <summary>This value with an attribute map (keys and values alternating) attached.</summary>
    public RespValue WithAttributes(RespValue[] attributes)
    {
        if (attributes.Length % 2 != 0)
        {
            throw new ArgumentException("Attributes are key/value pairs.", nameof(attributes));
        }

        return new(Type, new Attributed(Inner, attributes), _scalar);
    }

    /// <summary>A compact, depth-limited rendering for logs and test failures.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        Format(builder, 0);
        return builder.ToString();
    }

    private void Format(StringBuilder builder, int depth)
    {
        if (depth > MaxFormatDepth)
        {
            builder.Append('…');
            return;
        }

        if (Attributes.Length > 0)
        {
            builder.Append("|attrs");
            FormatElements(builder, Attributes, depth);
            builder.Append(' ');
        }

        switch (Type)
        {
            case RespType.Null:
                builder.Append("null");
                break;
            case RespType.Integer:
                builder.Append(CultureInfo.InvariantCulture, $"(integer) {_scalar}");
                break;
            case RespType.Boolean:
                builder.Append(_scalar != 0 ? "true" : "false");
                break;
            case RespType.Double:
                builder.Append(CultureInfo.InvariantCulture, $"(double) {Double.ToString("R", CultureInfo.InvariantCulture)}");
                break;
            case RespType.Array or RespType.Set or RespType.Push or RespType.Map:
                builder.Append(Type.ToString().ToLowerInvariant());
                FormatElements(builder, Elements, depth);
                break;
            default:
                builder.Append(CultureInfo.InvariantCulture, $"{Type}(\"{Encoding.UTF8.GetString(Bytes)}\")");
                break;
        }
    }

    private static void FormatElements(StringBuilder builder, ReadOnlySpan<RespValue> elements, int depth)
    {
        builder.Append('[');
        for (int i = 0; i < elements.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            elements[i].Format(builder, depth + 1);
        }

        builder.Append(']');
    }

    private InvalidOperationException WrongType(RespType expected) =>
        new($"The reply is {Type}, not {expected}: {this}");

    private sealed class Attributed(object? payload, RespValue[] attributes)
    {
        public object? Payload { get; } = payload;

        public RespValue[] Attributes { get; } = attributes;
    }
}
