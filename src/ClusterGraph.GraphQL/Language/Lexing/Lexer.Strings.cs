namespace ClusterGraph.GraphQL.Language;

internal ref partial struct Lexer
{
    // StringValue :: " StringCharacter* "
    // StringCharacter :: SourceCharacter but not " or \ or LineTerminator | \u EscapedUnicode | \ EscapedCharacter
    private Token ReadString(int start)
    {
        ReadOnlySpan<byte> bytes = _source.Bytes;
        int position = start + 1;
        int startDelta = _delta;
        bool needsDecoding = false;
        while (position < bytes.Length)
        {
            byte c = bytes[position];
            if (c == '"')
            {
                _position = position + 1;
                int start16 = start - startDelta;
                return new Token(TokenKind.String, start, position + 1, start16, position + 1 - _delta, _line, 1 + start16 - _lineStart16, needsDecoding);
            }

            if (c == '\\')
            {
                needsDecoding = true;
                position += EscapeLength(position);
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                break;
            }

            if (c < 0x80)
            {
                position++;
                continue;
            }

            needsDecoding = true;
            position = ReadMultiByte(position);
        }

        ThrowAt(position, "Unterminated string.");
        return default;
    }

    /// <summary>Steps over one non-ASCII character of a string, rejecting a lone surrogate as graphql-js does.</summary>
    private int ReadMultiByte(int position)
    {
        if (_source.IsLoneSurrogateAt(position))
        {
            ThrowAt(position, "Invalid character within String: " + _source.DescribeCodePointAt(position) + ".");
        }

        _source.DecodeAt(position, out int byteCount, out int utf16Count);
        _delta += byteCount - utf16Count;
        return position + byteCount;
    }

    /// <summary>Validates the escape sequence at a backslash and returns its length in bytes (all ASCII).</summary>
    private readonly int EscapeLength(int position)
    {
        int next = ByteAt(position + 1);
        if (next == 'u')
        {
            return ByteAt(position + 2) == '{' ? VariableWidthUnicodeEscapeLength(position) : FixedWidthUnicodeEscapeLength(position);
        }

        if (next is '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't')
        {
            return 2;
        }

        ThrowAt(position, "Invalid character escape sequence: \"" + _source.Utf16Slice(position, 2) + "\".");
        return 0;
    }

    // EscapedUnicode :: { HexDigit+ } (a Unicode scalar value; at most 8 digits are read, as in graphql-js)
    private readonly int VariableWidthUnicodeEscapeLength(int position)
    {
        int point = 0;
        int size = 3;
        while (size < 12)
        {
            int code = ByteAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsScalarValue(point))
                {
                    break;
                }

                return size;
            }

            point = (point << 4) | HexValue(code);
            if (point < 0)
            {
                break;
            }
        }

        ThrowAt(position, "Invalid Unicode escape sequence: \"" + _source.Utf16Slice(position, size) + "\".");
        return 0;
    }

    // EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit (a surrogate pair only as two escapes)
    private readonly int FixedWidthUnicodeEscapeLength(int position)
    {
        int code = Read16BitHex(position + 2);
        if (IsScalarValue(code))
        {
            return 6;
        }

        if (code is >= 0xD800 and <= 0xDBFF && ByteAt(position + 6) == '\\' && ByteAt(position + 7) == 'u')
        {
            int trailing = Read16BitHex(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                return 12;
            }
        }

        ThrowAt(position, "Invalid Unicode escape sequence: \"" + _source.Utf16Slice(position, 6) + "\".");
        return 0;
    }

    private readonly int Read16BitHex(int position)
        => (HexValue(ByteAt(position)) << 12) | (HexValue(ByteAt(position + 1)) << 8)
            | (HexValue(ByteAt(position + 2)) << 4) | HexValue(ByteAt(position + 3));

    /// <summary>The value of a hex digit, or -1 (which turns any code built from it negative).</summary>
    internal static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    internal static bool IsScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    // BlockString :: """ BlockStringCharacter* """
    // BlockStringCharacter :: SourceCharacter but not """ or \""" | \"""
    private Token ReadBlockString(int start)
    {
        ReadOnlySpan<byte> bytes = _source.Bytes;
        int position = start + 3;
        int startDelta = _delta;
        int lines = 0;
        int lineStart16 = _lineStart16;
        bool needsDecoding = false;
        while (position < bytes.Length)
        {
            byte c = bytes[position];
            if (c == '"' && position + 2 < bytes.Length && bytes[position + 1] == '"' && bytes[position + 2] == '"')
            {
                _position = position + 3;
                int start16 = start - startDelta;
                var token = new Token(TokenKind.BlockString, start, position + 3, start16, position + 3 - _delta, _line, 1 + start16 - _lineStart16, needsDecoding);

                // Like graphql-js, lines inside the block string count once the token is made.
                _line += lines;
                _lineStart16 = lineStart16;
                return token;
            }

            if (c == '\\' && position + 3 < bytes.Length && bytes[position + 1] == '"' && bytes[position + 2] == '"' && bytes[position + 3] == '"')
            {
                position += 4;
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                position += c == '\r' && position + 1 < bytes.Length && bytes[position + 1] == '\n' ? 2 : 1;
                lines++;
                lineStart16 = position - _delta;
                continue;
            }

            if (c < 0x80)
            {
                position++;
                continue;
            }

            needsDecoding = true;
            position = ReadMultiByte(position);
        }

        ThrowAt(position, "Unterminated string.");
        return default;
    }
}
