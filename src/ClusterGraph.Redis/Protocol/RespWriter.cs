using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace ClusterGraph.Redis.Protocol;

/// <summary>Writes commands as RESP arrays of bulk strings straight into a (pooled) buffer writer.</summary>
public static class RespWriter
{
    // '*' or '$', up to 20 digits and a sign, CRLF.
    private const int MaxHeaderLength = 24;

    /// <summary>Writes <c>*n\r\n</c> and each argument as <c>$len\r\n…\r\n</c>.</summary>
    public static void WriteCommand(IBufferWriter<byte> writer, ReadOnlySpan<RedisArgument> arguments)
    {
        if (arguments.IsEmpty)
        {
            throw new ArgumentException("A command needs at least its name.", nameof(arguments));
        }

        WriteHeader(writer, (byte)'*', arguments.Length);
        foreach (RedisArgument argument in arguments)
        {
            WriteArgument(writer, argument);
        }
    }

    private static void WriteArgument(IBufferWriter<byte> writer, RedisArgument argument)
    {
        switch (argument.Kind)
        {
            case RedisArgument.ArgumentKind.Number:
                Span<byte> digits = stackalloc byte[20];
                Utf8Formatter.TryFormat(argument.Number, digits, out int digitCount);
                WriteHeader(writer, (byte)'$', digitCount);
                writer.Write(digits[..digitCount]);
                break;

            case RedisArgument.ArgumentKind.Text:
                string text = argument.Text;
                int byteCount = Encoding.UTF8.GetByteCount(text);
                WriteHeader(writer, (byte)'$', byteCount);
                if (byteCount > 0)
                {
                    int written = Encoding.UTF8.GetBytes(text, writer.GetSpan(byteCount));
                    writer.Advance(written);
                }

                break;

            default:
                ReadOnlySpan<byte> bytes = argument.Raw.Span;
                WriteHeader(writer, (byte)'$', bytes.Length);
                writer.Write(bytes);
                break;
        }

        writer.Write("\r\n"u8);
    }

    private static void WriteHeader(IBufferWriter<byte> writer, byte prefix, long length)
    {
        Span<byte> span = writer.GetSpan(MaxHeaderLength);
        span[0] = prefix;
        Utf8Formatter.TryFormat(length, span[1..], out int written);
        span[written + 1] = (byte)'\r';
        span[written + 2] = (byte)'\n';
        writer.Advance(written + 3);
    }
}
