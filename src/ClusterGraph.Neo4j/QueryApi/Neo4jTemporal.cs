using System.Globalization;

namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>
/// A temporal value exactly as Neo4j sent it (nanosecond precision, zone id kept), parsed into its
/// parts. The CLR conversions round nanoseconds down to .NET's 100 ns ticks.
/// </summary>
public readonly record struct Neo4jTemporal
{
    private Neo4jTemporal(Neo4jTemporalKind kind, string text, DateOnly? date, TimeOnly? time, int nanosecond, TimeSpan? offset, string? zoneId)
    {
        Kind = kind;
        Text = text;
        Date = date;
        TimeOfDay = time;
        Nanosecond = nanosecond;
        Offset = offset;
        ZoneId = zoneId;
    }

    /// <summary>Which temporal type this is.</summary>
    public Neo4jTemporalKind Kind { get; }

    /// <summary>The ISO 8601 text Neo4j sent.</summary>
    public string Text { get; }

    /// <summary>The calendar date (Date, LocalDateTime, OffsetDateTime).</summary>
    public DateOnly? Date { get; }

    /// <summary>The time of day to the second (Time, LocalTime, LocalDateTime, OffsetDateTime); see <see cref="Nanosecond"/>.</summary>
    public TimeOnly? TimeOfDay { get; }

    /// <summary>The fraction of the second, in nanoseconds (0 when there is no time part).</summary>
    public int Nanosecond { get; }

    /// <summary>The UTC offset (Time, OffsetDateTime).</summary>
    public TimeSpan? Offset { get; }

    /// <summary>The IANA zone id in brackets, when Neo4j sent one (OffsetDateTime).</summary>
    public string? ZoneId { get; }

    /// <summary>A Date as <see cref="DateOnly"/>.</summary>
    public DateOnly ToDateOnly() =>
        Kind == Neo4jTemporalKind.Date ? Date!.Value : throw WrongKind(nameof(Neo4jTemporalKind.Date));

    /// <summary>A LocalTime as <see cref="TimeOnly"/> (to the tick).</summary>
    public TimeOnly ToTimeOnly() =>
        Kind == Neo4jTemporalKind.LocalTime ? TimeOfDay!.Value.Add(TimeSpan.FromTicks(Nanosecond / 100)) : throw WrongKind(nameof(Neo4jTemporalKind.LocalTime));

    /// <summary>A LocalDateTime as <see cref="DateTime"/> of unspecified kind (to the tick).</summary>
    public DateTime ToDateTime() =>
        Kind == Neo4jTemporalKind.LocalDateTime ? LocalDateTimeTicks() : throw WrongKind(nameof(Neo4jTemporalKind.LocalDateTime));

    /// <summary>An OffsetDateTime as <see cref="DateTimeOffset"/> (to the tick; the zone id is in <see cref="ZoneId"/>).</summary>
    public DateTimeOffset ToDateTimeOffset() =>
        Kind == Neo4jTemporalKind.OffsetDateTime ? new DateTimeOffset(LocalDateTimeTicks(), Offset!.Value) : throw WrongKind(nameof(Neo4jTemporalKind.OffsetDateTime));

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <summary>Parses Neo4j's text for <paramref name="kind"/>; null when it does not have that shape.</summary>
    public static Neo4jTemporal? TryParse(Neo4jTemporalKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int position = 0;
        DateOnly? date = null;
        TimeOnly? time = null;
        int nanosecond = 0;
        TimeSpan? offset = null;
        string? zoneId = null;

        bool hasDate = kind is Neo4jTemporalKind.Date or Neo4jTemporalKind.LocalDateTime or Neo4jTemporalKind.OffsetDateTime;
        bool hasTime = kind != Neo4jTemporalKind.Date;
        bool hasOffset = kind is Neo4jTemporalKind.Time or Neo4jTemporalKind.OffsetDateTime;

        if (hasDate)
        {
            if (!TryReadDate(text, ref position, out DateOnly parsedDate))
            {
                return null;
            }

            date = parsedDate;
            if (hasTime && !TryReadChar(text, ref position, 'T'))
            {
                return null;
            }
        }

        if (hasTime)
        {
            if (!TryReadTime(text, ref position, out TimeOnly parsedTime, out nanosecond))
            {
                return null;
            }

            time = parsedTime;
        }

        if (hasOffset)
        {
            if (!TryReadOffset(text, ref position, out TimeSpan parsedOffset))
            {
                return null;
            }

            offset = parsedOffset;
            if (kind == Neo4jTemporalKind.OffsetDateTime && position < text.Length && text[position] == '[')
            {
                int close = text.IndexOf(']', position);
                if (close != text.Length - 1 || close == position + 1)
                {
                    return null;
                }

                zoneId = text[(position + 1)..close];
                position = text.Length;
            }
        }

        return position == text.Length ? new Neo4jTemporal(kind, text, date, time, nanosecond, offset, zoneId) : null;
    }

    private DateTime LocalDateTimeTicks() =>
        Date!.Value.ToDateTime(TimeOfDay!.Value).AddTicks(Nanosecond / 100);

    private InvalidOperationException WrongKind(string wanted) =>
        new($"The Neo4j value '{Text}' is a {Kind}, not a {wanted}.");

    private static bool TryReadDate(string text, ref int position, out DateOnly date)
    {
        date = default;
        if (position + 10 > text.Length ||
            !DateOnly.TryParseExact(text.AsSpan(position, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return false;
        }

        position += 10;
        return true;
    }

    // Java-style ISO time: HH:mm, HH:mm:ss or HH:mm:ss.fffffffff (1 to 9 fraction digits).
    private static bool TryReadTime(string text, ref int position, out TimeOnly time, out int nanosecond)
    {
        time = default;
        nanosecond = 0;
        if (!TryReadTwoDigits(text, ref position, out int hour) || !TryReadChar(text, ref position, ':') ||
            !TryReadTwoDigits(text, ref position, out int minute))
        {
            return false;
        }

        int second = 0;
        if (position < text.Length && text[position] == ':')
        {
            position++;
            if (!TryReadTwoDigits(text, ref position, out second))
            {
                return false;
            }

            if (position < text.Length && text[position] == '.')
            {
                position++;
                int digits = 0;
                while (position < text.Length && char.IsAsciiDigit(text[position]) && digits < 9)
                {
                    nanosecond = (nanosecond * 10) + (text[position] - '0');
                    position++;
                    digits++;
                }

                if (digits == 0 || (position < text.Length && char.IsAsciiDigit(text[position])))
                {
                    return false;
                }

                for (; digits < 9; digits++)
                {
                    nanosecond *= 10;
                }
            }
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute, second);
        return true;
    }

    // Z, or +HH:mm, or +HH:mm:ss.
    private static bool TryReadOffset(string text, ref int position, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (position >= text.Length)
        {
            return false;
        }

        if (text[position] == 'Z')
        {
            position++;
            return true;
        }

        int sign = text[position] switch { '+' => 1, '-' => -1, _ => 0 };
        if (sign == 0)
        {
            return false;
        }

        position++;
        if (!TryReadTwoDigits(text, ref position, out int hours) || !TryReadChar(text, ref position, ':') ||
            !TryReadTwoDigits(text, ref position, out int minutes))
        {
            return false;
        }

        int seconds = 0;
        if (position < text.Length && text[position] == ':' && !TryReadCharThenDigits(text, ref position, out seconds))
        {
            return false;
        }

        if (hours > 18 || minutes > 59 || seconds > 59)
        {
            return false;
        }

        offset = sign * new TimeSpan(hours, minutes, seconds);
        return true;
    }

    private static bool TryReadCharThenDigits(string text, ref int position, out int value)
    {
        position++;
        return TryReadTwoDigits(text, ref position, out value);
    }

    private static bool TryReadTwoDigits(string text, ref int position, out int value)
    {
        value = 0;
        if (position + 2 > text.Length || !char.IsAsciiDigit(text[position]) || !char.IsAsciiDigit(text[position + 1]))
        {
            return false;
        }

        value = ((text[position] - '0') * 10) + (text[position + 1] - '0');
        position += 2;
        return true;
    }

    private static bool TryReadChar(string text, ref int position, char expected)
    {
        if (position < text.Length && text[position] == expected)
        {
            position++;
            return true;
        }

        return false;
    }
}
