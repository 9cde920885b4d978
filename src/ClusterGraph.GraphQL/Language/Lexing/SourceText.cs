using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ClusterGraph.GraphQL.Language;

/// <summary>
/// The UTF-8 bytes of a document plus what the lexer needs to agree with graphql-js, which works on
/// the decoded UTF-16 text: invalid bytes read as U+FFFD (WHATWG decoding), and for text given as a
/// .NET string, where its first lone surrogate was (graphql-js rejects lone surrogates).
/// </summary>
internal readonly ref struct SourceText
{
    public SourceText(ReadOnlySpan<byte> bytes, int loneSurrogateAt = -1, char loneSurrogate = '\0')
    {
        Bytes = bytes;
        LoneSurrogateAt = loneSurrogateAt;
        LoneSurrogate = loneSurrogate;
    }

    public ReadOnlySpan<byte> Bytes { get; }

    /// <summary>Byte offset of the replacement character standing for the first lone surrogate, or -1.</summary>
    public int LoneSurrogateAt { get; }

    public char LoneSurrogate { get; }

    /// <summary>
    /// Decodes the code point at a byte offset as graphql-js would see it (invalid UTF-8 gives U+FFFD).
    /// Returns the code point and sets the bytes it spans and the UTF-16 units it decodes to.
    /// </summary>
    public int DecodeAt(int position, out int byteCount, out int utf16Count)
    {
        ReadOnlySpan<byte> bytes = Bytes;
        byte b = bytes[position];
        if (b < 0x80)
        {
            byteCount = 1;
            utf16Count = 1;
            return b;
        }

        Rune.DecodeFromUtf8(bytes[position..], out Rune rune, out byteCount);
        if (position == LoneSurrogateAt)
        {
            utf16Count = 1;
            return LoneSurrogate;
        }

        utf16Count = rune.Utf16SequenceLength;
        return rune.Value;
    }

    /// <summary>graphql-js's <c>printCodePointAt</c>: <c>"c"</c> for printable ASCII, <c>U+XXXX</c> otherwise, <c>&lt;EOF&gt;</c> past the end.</summary>
    public string DescribeCodePointAt(int position)
    {
        if (position >= Bytes.Length)
        {
            return "<EOF>";
        }

        int code = DecodeAt(position, out _, out _);
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Whether the code point at a byte offset is a lone surrogate (only possible for string input).</summary>
    public bool IsLoneSurrogateAt(int position) => position == LoneSurrogateAt;

    /// <summary>The decoded text from a byte offset, cut after <paramref name="utf16Length"/> UTF-16 units (as JavaScript's <c>slice</c>).</summary>
    public string Utf16Slice(int position, int utf16Length)
    {
        var builder = new StringBuilder(utf16Length);
        Span<char> pair = stackalloc char[2];
        while (builder.Length < utf16Length && position < Bytes.Length)
        {
            int code = DecodeAt(position, out int byteCount, out _);
            position += byteCount;
            if (code > 0xFFFF)
            {
                new Rune(code).EncodeToUtf16(pair);
                builder.Append(pair[0]);
                if (builder.Length < utf16Length)
                {
                    builder.Append(pair[1]);
                }
            }
            else
            {
                builder.Append((char)code);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Where a byte offset is in graphql-js's terms: the UTF-16 offset, and line and column as its
    /// <c>getLocation</c> computes them (lines split at \r\n, \n or \r).
    /// </summary>
    public (int Position16, int Line, int Column) Locate(int bytePosition)
    {
        ReadOnlySpan<byte> bytes = Bytes;
        int units = 0;
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < bytePosition && i < bytes.Length)
        {
            byte b = bytes[i];
            if (b == '\n')
            {
                i++;
                units++;
                line++;
                lineStart = units;
            }
            else if (b == '\r')
            {
                // The "\r\n" match counts even when the position falls between its two characters.
                bool pair = i + 1 < bytes.Length && bytes[i + 1] == '\n';
                int step = pair && i + 1 < bytePosition ? 2 : 1;
                line++;
                lineStart = units + (pair ? 2 : 1);
                i += step;
                units += step;
            }
            else
            {
                DecodeAt(i, out int byteCount, out int utf16Count);
                i += byteCount;
                units += utf16Count;
            }
        }

        return (units, line, units + 1 - lineStart);
    }

    /// <summary>Decodes a byte range to text, invalid sequences as U+FFFD.</summary>
    public string Decode(int start, int end) => Encoding.UTF8.GetString(Bytes[start..end]);

    /// <summary>Encodes text as UTF-8 into a pooled buffer, noting the first lone surrogate.</summary>
    public static byte[] Encode(string text, out int length, out int loneSurrogateAt, out char loneSurrogate)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(16, text.Length * 3));
        OperationStatus status = Utf8.FromUtf16(text, buffer, out int read, out int written, replaceInvalidSequences: false);
        loneSurrogateAt = -1;
        loneSurrogate = '\0';
        if (status == OperationStatus.InvalidData)
        {
            loneSurrogateAt = written;
            loneSurrogate = text[read];
            Utf8.FromUtf16(text.AsSpan(read), buffer.AsSpan(written), out _, out int rest, replaceInvalidSequences: true);
            written += rest;
        }

        length = written;
        return buffer;
    }
}
