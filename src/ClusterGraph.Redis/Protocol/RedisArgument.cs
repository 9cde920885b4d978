namespace ClusterGraph.Redis.Protocol;

/// <summary>
/// One argument of a command: UTF-8 text, raw bytes or an integer, written as a bulk string without
/// an intermediate copy.
/// </summary>
public readonly struct RedisArgument
{
    private readonly string? _text;
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly long _number;
    private readonly ArgumentKind _kind;

    private RedisArgument(string? text, ReadOnlyMemory<byte> bytes, long number, ArgumentKind kind)
    {
        _text = text;
        _bytes = bytes;
        _number = number;
        _kind = kind;
    }

    internal enum ArgumentKind : byte
    {
        Bytes,
        Text,
        Number,
    }

    internal ArgumentKind Kind => _kind;

    internal string Text => _text!;

    internal ReadOnlyMemory<byte> Raw => _bytes;

    internal long Number => _number;

    public static implicit operator RedisArgument(string text) => FromString(text);

    public static implicit operator RedisArgument(byte[] bytes) => FromBytes(bytes);

    public static implicit operator RedisArgument(ReadOnlyMemory<byte> bytes) => FromBytes(bytes);

    public static implicit operator RedisArgument(long number) => FromInt64(number);

    public static RedisArgument FromString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(text, default, 0, ArgumentKind.Text);
    }

    public static RedisArgument FromBytes(ReadOnlyMemory<byte> bytes) => new(null, bytes, 0, ArgumentKind.Bytes);

    public static RedisArgument FromInt64(long number) => new(null, default, number, ArgumentKind.Number);

    public override string ToString() => _kind switch
    {
        ArgumentKind.Text => _text!,
        ArgumentKind.Number => _number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => $"<{_bytes.Length} bytes>",
    };
}
