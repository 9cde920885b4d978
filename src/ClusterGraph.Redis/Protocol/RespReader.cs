using System.Buffers;
using System.Globalization;

namespace ClusterGraph.Redis.Protocol;

/// <summary>
/// Reads RESP2 and RESP3 frames from a <see cref="ReadOnlySequence{T}"/>. Split-buffer safe: a frame
/// may arrive in any number of segments; an incomplete frame reads as "not yet" and is retried from its
/// start once more bytes arrive. Malformed input and input beyond <see cref="RespReaderLimits"/> throw
/// <see cref="RedisProtocolException"/>. Streamed strings and aggregates (<c>$?</c>, <c>*?</c>) are refused:
/// Redis does not send them.
/// </summary>
public static class RespReader
{
    // The shortest possible element, e.g. "_\r\n" or "+\r\n"; bounds what an aggregate header may allocate.
    private const int MinimumElementBytes = 3;
    private const int MaxNumberLength = 24;

    /// <summary>
    /// Reads one frame from the start of <paramref name="buffer"/>. Returns false when the frame is not
    /// complete yet (<paramref name="consumed"/> is then the buffer's start).
    /// </summary>
    public static bool TryRead(ReadOnlySequence<byte> buffer, RespReaderLimits limits, out RespValue value, out SequencePosition consumed)
    {
        var reader = new SequenceReader<byte>(buffer);
        if (TryReadValue(ref reader, limits, 1, scan: false, out value))
        {
            consumed = reader.Position;
            return true;
        }

        ThrowIfOverFrameLimit(buffer, limits);
        consumed = buffer.Start;
        return false;
    }

    /// <summary>
    /// True when <paramref name="buffer"/> starts with a complete frame. Allocates nothing, so a receiver
    /// can check a large frame arriving piece by piece cheaply and build it once, when it is whole.
    /// It validates less than <see cref="TryRead"/>, which still reports any defect.
    /// </summary>
    public static bool IsFrameComplete(ReadOnlySequence<byte> buffer, RespReaderLimits limits)
    {
        var reader = new SequenceReader<byte>(buffer);
        if (TryReadValue(ref reader, limits, 1, scan: true, out _))
        {
            return true;
        }

        ThrowIfOverFrameLimit(buffer, limits);
        return false;
    }

    private static void ThrowIfOverFrameLimit(ReadOnlySequence<byte> buffer, RespReaderLimits limits)
    {
        if (buffer.Length > limits.MaxFrameBytes)
        {
            throw Malformed($"a frame is larger than the limit of {limits.MaxFrameBytes} bytes");
        }
    }

    // With scan set, nothing is allocated and value stays default: only completeness is decided.
    private static bool TryReadValue(ref SequenceReader<byte> reader, RespReaderLimits limits, int depth, bool scan, out RespValue value)
    {
        value = default;
        RespValue[]? attributes = null;
        while (true)
        {
            if (!reader.TryRead(out byte prefix))
            {
                return false;
            }

            if (prefix == (byte)'|')
            {
                // |count\r\n followed by count key/value pairs, then the value they describe.
                if (!TryReadAggregate(ref reader, limits, depth, RespType.Map, scan, out RespValue attributeMap))
                {
                    return false;
                }

                if (!scan)
                {
                    attributes = attributes is null ? attributeMap.Elements.ToArray() : [.. attributes, .. attributeMap.Elements];
                }

                continue;
            }

            if (!TryReadPrefixed(ref reader, limits, depth, prefix, scan, out value))
            {
                return false;
            }

            if (attributes is not null)
            {
                value = value.WithAttributes(attributes);
            }

            return true;
        }
    }

    private static bool TryReadPrefixed(ref SequenceReader<byte> reader, RespReaderLimits limits, int depth, byte prefix, bool scan, out RespValue value)
    {
        value = default;
        ReadOnlySequence<byte> line;
        switch (prefix)
        {
            case (byte)'+':
                if (!TryReadLine(ref reader, limits, out line))
                {
                    return false;
                }

                value = scan ? default : RespValue.SimpleString(line.ToArray());
                return true;

            case (byte)'-':
                if (!TryReadLine(ref reader, limits, out line))
                {
                    return false;
                }

                value = scan ? default : RespValue.Error(line.ToArray());
                return true;

            case (byte)':':
                if (!TryReadLine(ref reader, limits, out line))
                {
                    return false;
                }

                value = RespValue.FromInteger(ParseInteger(line, "integer"));
                return true;

            case (byte)'_':
                if (!TryReadLine(ref reader, limits, out line))
                {
                    return false;
                }

                if (!line.IsEmpty)
                {
                    throw Malformed("a null (_) has content before its CRLF");
                }

                value = RespValue.Null;
                return true;

            case (byte)'#':
                if (!TryReadLine(ref reader, limits, out line))
                {
                    return false;
                }

                value = RespValue.FromBoolean(ParseBoolean(line));
                return true;

            case (byte)',':
                if (!TryReadLine(ref reader, limits, out line))
                {
                    return false;
                }

                value = RespValue.FromDouble(ParseDouble(line));
                return true;

            case (byte)'(':
                if (!TryReadLine(ref reader, limits, out line))
                {
                    return false;
                }

                value = scan ? default : RespValue.BigNumberDigits(ParseBigNumber(line));
                return true;

            case (byte)'$':
                return TryReadBulk(ref reader, limits, RespType.BulkString, scan, out value);
            case (byte)'!':
                return TryReadBulk(ref reader, limits, RespType.BulkError, scan, out value);
            case (byte)'=':
                return TryReadBulk(ref reader, limits, RespType.VerbatimString, scan, out value);
            case (byte)'*':
                return TryReadAggregate(ref reader, limits, depth, RespType.Array, scan, out value);
            case (byte)'%':
                return TryReadAggregate(ref reader, limits, depth, RespType.Map, scan, out value);
            case (byte)'~':
                return TryReadAggregate(ref reader, limits, depth, RespType.Set, scan, out value);
            case (byte)'>':
                return TryReadAggregate(ref reader, limits, depth, RespType.Push, scan, out value);
            default:
                throw Malformed($"unknown type byte 0x{prefix:X2} at offset {reader.Consumed - 1}");
        }
    }

    // $len\r\n<len bytes>\r\n (also ! and =); RESP2 $-1\r\n is null.
    private static bool TryReadBulk(ref SequenceReader<byte> reader, RespReaderLimits limits, RespType type, bool scan, out RespValue value)
    {
        value = default;
        if (!TryReadLength(ref reader, limits, type, out long length))
        {
            return false;
        }

        if (length < 0)
        {
            value = RespValue.Null;
            return true;
        }

        if (length > limits.MaxBulkLength)
        {
            throw Malformed($"a {type} of {length} bytes exceeds the limit of {limits.MaxBulkLength}");
        }

        if (reader.Remaining < length + 2)
        {
            return false;
        }

        byte[] payload = scan ? [] : GC.AllocateUninitializedArray<byte>((int)length);
        reader.TryCopyTo(payload);
        reader.Advance(length);
        if (!reader.IsNext("\r\n"u8, advancePast: true))
        {
            throw Malformed($"a {type} of {length} bytes is not followed by CRLF");
        }

        if (scan)
        {
            return true;
        }

        value = type switch
        {
            RespType.BulkError => RespValue.BulkError(payload),
            RespType.VerbatimString when payload.Length >= 4 && payload[3] == (byte)':' => RespValue.Verbatim(payload),
            RespType.VerbatimString => throw Malformed("a verbatim string does not start with a three-letter format and a colon"),
            _ => RespValue.BulkString(payload),
        };
        return true;
    }

    // *count\r\n then count values (a map or attribute: count key/value pairs); RESP2 *-1\r\n is null.
    private static bool TryReadAggregate(ref SequenceReader<byte> reader, RespReaderLimits limits, int depth, RespType type, bool scan, out RespValue value)
    {
        value = default;
        if (depth > limits.MaxDepth)
        {
            throw Malformed($"aggregates nest deeper than the limit of {limits.MaxDepth}");
        }

        if (!TryReadLength(ref reader, limits, type, out long count))
        {
            return false;
        }

        if (count < 0)
        {
            value = RespValue.Null;
            return true;
        }

        if (count > limits.MaxAggregateLength)
        {
            throw Malformed($"a {type} of {count} elements exceeds the limit of {limits.MaxAggregateLength}");
        }

        long elementCount = type == RespType.Map ? count * 2 : count;

        // Allocate only what the bytes already received could fill, so a bare header cannot reserve memory.
        if (reader.Remaining < elementCount * MinimumElementBytes)
        {
            return false;
        }

        if (scan)
        {
            for (long i = 0; i < elementCount; i++)
            {
                if (!TryReadValue(ref reader, limits, depth + 1, scan: true, out _))
                {
                    return false;
                }
            }

            return true;
        }

        var elements = elementCount == 0 ? [] : new RespValue[elementCount];
        for (int i = 0; i < elements.Length; i++)
        {
            if (!TryReadValue(ref reader, limits, depth + 1, scan: false, out elements[i]))
            {
                return false;
            }
        }

        value = RespValue.Aggregate(type, elements);
        return true;
    }

    private static bool TryReadLength(ref SequenceReader<byte> reader, RespReaderLimits limits, RespType type, out long length)
    {
        length = 0;
        if (!TryReadLine(ref reader, limits, out ReadOnlySequence<byte> line))
        {
            return false;
        }

        if (line.Length == 1 && line.FirstSpan[0] == (byte)'?')
        {
            throw Malformed($"streamed {type} (length '?') is not supported");
        }

        length = ParseInteger(line, "length");
        bool nullable = type is RespType.BulkString or RespType.Array;
        if (length < -1 || (length == -1 && !nullable))
        {
            throw Malformed($"a {type} has the invalid length {length}");
        }

        return true;
    }

    // A line ends with CRLF and contains neither CR nor LF.
    private static bool TryReadLine(ref SequenceReader<byte> reader, RespReaderLimits limits, out ReadOnlySequence<byte> line)
    {
        if (!reader.TryReadTo(out line, (byte)'\n', advancePastDelimiter: true))
        {
            if (reader.Remaining > limits.MaxLineLength + 1)
            {
                throw Malformed($"a line is longer than the limit of {limits.MaxLineLength} bytes");
            }

            return false;
        }

        if (line.IsEmpty || line.Slice(line.Length - 1).FirstSpan[0] != (byte)'\r')
        {
            throw Malformed($"a line ending at offset {reader.Consumed - 1} is terminated by LF without CR");
        }

        line = line.Slice(0, line.Length - 1);
        if (line.Length > limits.MaxLineLength)
        {
            throw Malformed($"a line is longer than the limit of {limits.MaxLineLength} bytes");
        }

        if (line.PositionOf((byte)'\r') is not null)
        {
            throw Malformed("a line contains a CR before its CRLF");
        }

        return true;
    }

    private static long ParseInteger(ReadOnlySequence<byte> line, string what)
    {
        Span<byte> buffer = stackalloc byte[MaxNumberLength];
        ReadOnlySpan<byte> text = Flatten(line, buffer, what);
        int i = 0;
        bool negative = false;
        if (text.Length > 0 && (text[0] == (byte)'-' || text[0] == (byte)'+'))
        {
            negative = text[0] == (byte)'-';
            i = 1;
        }

        if (i == text.Length)
        {
            throw Malformed($"the {what} '{Show(text)}' has no digits");
        }

        // Accumulate negatively so long.MinValue parses without overflow.
        long result = 0;
        for (; i < text.Length; i++)
        {
            int digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                throw Malformed($"the {what} '{Show(text)}' is not a number");
            }

            if (result < (long.MinValue + digit) / 10)
            {
                throw Malformed($"the {what} '{Show(text)}' does not fit in 64 bits");
            }

            result = (result * 10) - digit;
        }

        if (!negative)
        {
            if (result == long.MinValue)
            {
                throw Malformed($"the {what} '{Show(text)}' does not fit in 64 bits");
            }

            result = -result;
        }

        return result;
    }

    private static bool ParseBoolean(ReadOnlySequence<byte> line)
    {
        if (line.Length == 1)
        {
            switch (line.FirstSpan[0])
            {
                case (byte)'t':
                    return true;
                case (byte)'f':
                    return false;
            }
        }

        throw Malformed("a boolean is neither 't' nor 'f'");
    }

    private static double ParseDouble(ReadOnlySequence<byte> line)
    {
        Span<byte> buffer = stackalloc byte[64];
        ReadOnlySpan<byte> text = Flatten(line, buffer, "double");
        if (text.SequenceEqual("inf"u8) || text.SequenceEqual("+inf"u8))
        {
            return double.PositiveInfinity;
        }

        if (text.SequenceEqual("-inf"u8))
        {
            return double.NegativeInfinity;
        }

        if (text.SequenceEqual("nan"u8) || text.SequenceEqual("-nan"u8))
        {
            return double.NaN;
        }

        // Only the characters of a decimal number: keeps .NET's culture words (Infinity, NaN, ∞) out.
        foreach (byte b in text)
        {
            if (!(b is >= (byte)'0' and <= (byte)'9' || b is (byte)'+' or (byte)'-' or (byte)'.' or (byte)'e' or (byte)'E'))
            {
                throw Malformed($"the double '{Show(text)}' is not a number");
            }
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double result))
        {
            throw Malformed($"the double '{Show(text)}' is not a number");
        }

        return result;
    }

    private static byte[] ParseBigNumber(ReadOnlySequence<byte> line)
    {
        byte[] digits = line.ToArray();
        int start = digits.Length > 0 && (digits[0] == (byte)'-' || digits[0] == (byte)'+') ? 1 : 0;
        if (start == digits.Length || digits.AsSpan(start).ContainsAnyExceptInRange((byte)'0', (byte)'9'))
        {
            throw Malformed($"the big number '{Show(digits)}' is not an integer");
        }

        return digits;
    }

    private static ReadOnlySpan<byte> Flatten(ReadOnlySequence<byte> line, Span<byte> buffer, string what)
    {
        if (line.Length > buffer.Length)
        {
            throw Malformed($"the {what} is longer than {buffer.Length} characters");
        }

        if (line.IsSingleSegment)
        {
            return line.FirstSpan;
        }

        line.CopyTo(buffer);
        return buffer[..(int)line.Length];
    }

    private static string Show(ReadOnlySpan<byte> text) =>
        System.Text.Encoding.UTF8.GetString(text.Length > 40 ? text[..40] : text);

    private static RedisProtocolException Malformed(string detail) => new($"Malformed RESP from the server: {detail}.");
}
