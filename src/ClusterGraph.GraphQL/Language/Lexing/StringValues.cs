using System.Buffers;
using System.Text;

namespace ClusterGraph.GraphQL.Language;

/// <summary>Turns string tokens into their values: escapes resolved, block strings dedented (graphql-js's rules).</summary>
internal static class StringValues
{
    private const int StackLimit = 256;

    /// <summary>The value of a quoted string token (already validated by the lexer).</summary>
    public static string DecodeString(SourceText source, Token token)
    {
        ReadOnlySpan<byte> content = source.Bytes[(token.Start + 1)..(token.End - 1)];
        if (!token.NeedsDecoding)
        {
            return Encoding.ASCII.GetString(content);
        }

        char[]? rented = null;
        // Decoding never makes more UTF-16 units than there are bytes; size the (zeroed) stack buffer to that.
        Span<char> buffer = content.Length <= StackLimit
            ? stackalloc char[content.Length]
            : (rented = ArrayPool<char>.Shared.Rent(content.Length));
        int written = 0;
        int position = 0;
        while (position < content.Length)
        {
            int backslash = content[position..].IndexOf((byte)'\\');
            int runEnd = backslash < 0 ? content.Length : position + backslash;
            written += Encoding.UTF8.GetChars(content[position..runEnd], buffer[written..]);
            position = runEnd;
            if (position < content.Length)
            {
                position += DecodeEscape(content, position, buffer, ref written);
            }
        }

        string value = new(buffer[..written]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return value;
    }

    private static int DecodeEscape(ReadOnlySpan<byte> content, int position, Span<char> buffer, ref int written)
    {
        byte kind = content[position + 1];
        switch (kind)
        {
            case (byte)'u' when content[position + 2] == '{':
            {
                int point = 0;
                int i = position + 3;
                while (content[i] != '}')
                {
                    point = (point << 4) | Lexer.HexValue(content[i]);
                    i++;
                }

                written += new Rune(point).EncodeToUtf16(buffer[written..]);
                return i + 1 - position;
            }

            case (byte)'u':
            {
                int code = Hex4(content, position + 2);
                if (Lexer.IsScalarValue(code))
                {
                    buffer[written++] = (char)code;
                    return 6;
                }

                buffer[written++] = (char)code;
                buffer[written++] = (char)Hex4(content, position + 8);
                return 12;
            }

            default:
                buffer[written++] = kind switch
                {
                    (byte)'b' => '\b',
                    (byte)'f' => '\f',
                    (byte)'n' => '\n',
                    (byte)'r' => '\r',
                    (byte)'t' => '\t',
                    _ => (char)kind,
                };
                return 2;
        }
    }

    private static int Hex4(ReadOnlySpan<byte> content, int position)
        => (Lexer.HexValue(content[position]) << 12) | (Lexer.HexValue(content[position + 1]) << 8)
            | (Lexer.HexValue(content[position + 2]) << 4) | Lexer.HexValue(content[position + 3]);

    /// <summary>The value of a block string token: \""" unescaped, common indentation and blank edge lines removed.</summary>
    public static string DecodeBlockString(SourceText source, Token token)
    {
        ReadOnlySpan<byte> content = source.Bytes[(token.Start + 3)..(token.End - 3)];
        string raw = token.NeedsDecoding ? Encoding.UTF8.GetString(content) : Encoding.ASCII.GetString(content);
        return BlockStrings.Dedent(raw.Replace("\\\"\"\"", "\"\"\"", StringComparison.Ordinal));
    }
}
