using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ClusterGraph.GraphQL.Language;

/// <summary>
/// The GraphQL lexer over UTF-8 bytes. It yields tokens as spans (no strings are made while lexing),
/// skips ignored tokens (white space, line terminators, commas, comments, byte order marks), and
/// tracks the UTF-16 offsets, lines and columns that graphql-js reports, so locations agree with it
/// byte-for-byte whatever the encoding of the text.
/// </summary>
internal ref partial struct Lexer
{
    private readonly SourceText _source;
    private int _position;

    // Bytes minus UTF-16 units before _position: zero until the first multi-byte character.
    private int _delta;
    private int _line;
    private int _lineStart16;

    public Lexer(SourceText source)
    {
        _source = source;
        _line = 1;
    }

    public readonly SourceText Source => _source;

    /// <summary>Reads the next significant token.</summary>
    public Token Next()
    {
        ReadOnlySpan<byte> bytes = _source.Bytes;
        ReadOnlySpan<byte> classes = ByteClasses.Table;
        int position = _position;
        while (true)
        {
            if ((uint)position >= (uint)bytes.Length)
            {
                _position = position;
                return Make(TokenKind.EndOfFile, bytes.Length, bytes.Length);
            }

            // The common bytes (blanks, names, punctuators) are told apart by one table lookup;
            // everything else takes the slower switch below.
            byte c = bytes[position];
            byte byteClass = classes[c];
            if (byteClass == ByteClasses.Blank)
            {
                position++;
                continue;
            }

            if (byteClass == ByteClasses.NameStart)
            {
                return ReadName(position);
            }

            if (byteClass >= ByteClasses.Punctuator)
            {
                _position = position + 1;
                return Make((TokenKind)(byteClass - ByteClasses.Punctuator), position, position + 1);
            }

            _position = position;
            switch (c)
            {
                case (byte)'\n':
                    _position = position + 1;
                    NewLine();
                    position = _position;
                    continue;
                case (byte)'\r':
                    _position = position + ((uint)(position + 1) < (uint)bytes.Length && bytes[position + 1] == '\n' ? 2 : 1);
                    NewLine();
                    position = _position;
                    continue;
                case (byte)'#':
                    SkipComment();
                    position = _position;
                    continue;
                case 0xEF when IsByteOrderMark(bytes, position):
                    _position = position += 3;
                    _delta += 2;
                    continue;
                case (byte)'.':
                    if (position + 2 < bytes.Length && bytes[position + 1] == '.' && bytes[position + 2] == '.')
                    {
                        _position = position + 3;
                        return Make(TokenKind.Spread, position, position + 3);
                    }

                    break;
                case (byte)'"':
                    return position + 2 < bytes.Length && bytes[position + 1] == '"' && bytes[position + 2] == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (CharClass.IsDigit(c) || c == '-')
            {
                return ReadNumber(position);
            }

            ThrowUnexpectedCharacter(position);
        }
    }

    private static bool IsByteOrderMark(ReadOnlySpan<byte> bytes, int position)
        => position + 2 < bytes.Length && bytes[position + 1] == 0xBB && bytes[position + 2] == 0xBF;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void NewLine()
    {
        _line++;
        _lineStart16 = _position - _delta;
    }

    /// <summary>A token that holds no multi-byte characters (all but strings).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly Token Make(TokenKind kind, int start, int end)
    {
        int start16 = start - _delta;
        return new Token(kind, start, end, start16, end - _delta, _line, 1 + start16 - _lineStart16, false);
    }

    // Comment :: # CommentChar* (up to a line terminator; the terminator is lexed as white space)
    private void SkipComment()
    {
        ReadOnlySpan<byte> bytes = _source.Bytes;
        int position = _position + 1;
        while (position < bytes.Length)
        {
            // Printable ASCII is the bulk of a comment: find the first byte that is not, vectorised.
            int printable = bytes[position..].IndexOfAnyExceptInRange((byte)' ', (byte)'~');
            if (printable < 0)
            {
                position = bytes.Length;
                break;
            }

            position += printable;
            byte b = bytes[position];
            if (b == '\n' || b == '\r')
            {
                break;
            }

            if (b < 0x80)
            {
                position++;
                continue;
            }

            if (_source.IsLoneSurrogateAt(position))
            {
                // graphql-js ends the comment here and then rejects the character.
                break;
            }

            _source.DecodeAt(position, out int byteCount, out int utf16Count);
            position += byteCount;
            _delta += byteCount - utf16Count;
        }

        _position = position;
    }

    // Name :: NameStart NameContinue*
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Token ReadName(int start)
    {
        ReadOnlySpan<byte> bytes = _source.Bytes;
        ReadOnlySpan<byte> classes = ByteClasses.Table;
        int position = start + 1;
        while ((uint)position < (uint)bytes.Length && ByteClasses.IsNameContinue(classes[bytes[position]]))
        {
            position++;
        }

        _position = position;
        return Make(TokenKind.Name, start, position);
    }

    // IntValue :: IntegerPart [lookahead != {Digit, ., NameStart}]
    // FloatValue :: IntegerPart FractionalPart? ExponentPart? [lookahead != {Digit, ., NameStart}]
    private Token ReadNumber(int start)
    {
        ReadOnlySpan<byte> bytes = _source.Bytes;
        int position = start;
        bool isFloat = false;
        int code = bytes[position];
        if (code == '-')
        {
            code = ByteAt(++position);
        }

        if (code == '0')
        {
            code = ByteAt(++position);
            if (CharClass.IsDigit(code))
            {
                ThrowAt(position, "Invalid number, unexpected digit after 0: " + _source.DescribeCodePointAt(position) + ".");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = ByteAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = ByteAt(++position);
            position = ReadDigits(position, code);
            code = ByteAt(position);
        }

        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = ByteAt(++position);
            if (code is '+' or '-')
            {
                code = ByteAt(++position);
            }

            position = ReadDigits(position, code);
            code = ByteAt(position);
        }

        if (code == '.' || CharClass.IsNameStart(code))
        {
            ThrowAt(position, "Invalid number, expected digit but got: " + _source.DescribeCodePointAt(position) + ".");
        }

        _position = position;
        return Make(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private readonly int ReadDigits(int start, int firstCode)
    {
        if (!CharClass.IsDigit(firstCode))
        {
            ThrowAt(start, "Invalid number, expected digit but got: " + _source.DescribeCodePointAt(start) + ".");
        }

        ReadOnlySpan<byte> bytes = _source.Bytes;
        int position = start + 1;
        while ((uint)position < (uint)bytes.Length && CharClass.IsDigit(bytes[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>The byte at a position, or -1 past the end (JavaScript's NaN never matches a class either).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int ByteAt(int position)
        => (uint)position < (uint)_source.Bytes.Length ? _source.Bytes[position] : -1;

    [DoesNotReturn]
    private readonly void ThrowUnexpectedCharacter(int position)
    {
        byte c = _source.Bytes[position];
        if (c == '\'')
        {
            ThrowAt(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        string prefix = _source.IsLoneSurrogateAt(position) ? "Invalid character: " : "Unexpected character: ";
        ThrowAt(position, prefix + _source.DescribeCodePointAt(position) + ".");
    }

    [DoesNotReturn]
    private readonly void ThrowAt(int position, string description) => SyntaxErrors.Throw(_source, position, description);
}
