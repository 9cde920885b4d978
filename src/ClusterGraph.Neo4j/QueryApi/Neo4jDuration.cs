namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>
/// A Cypher DURATION: months, days, seconds and nanoseconds kept apart, as Neo4j does (a month is not
/// a fixed number of days). <see cref="Nanoseconds"/> is normalized to 0..999,999,999.
/// </summary>
public readonly record struct Neo4jDuration(long Months, long Days, long Seconds, int Nanoseconds)
{
    private const long NanosPerSecond = 1_000_000_000;

    /// <summary>Parses ISO 8601 as Neo4j writes it (<c>P14DT16H12M</c>, <c>P1Y2M</c>, <c>PT-0.5S</c>); null when malformed.</summary>
    public static Neo4jDuration? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length < 2 || text[0] != 'P')
        {
            return null;
        }

        long months = 0, days = 0, seconds = 0, nanos = 0;
        bool inTime = false;
        bool any = false;
        int position = 1;
        while (position < text.Length)
        {
            if (text[position] == 'T')
            {
                if (inTime)
                {
                    return null;
                }

                inTime = true;
                position++;
                continue;
            }

            if (!TryReadNumber(text, ref position, out long whole, out long fractionNanos, out bool hasFraction) || position >= text.Length)
            {
                return null;
            }

            char unit = text[position++];
            if (hasFraction && !(inTime && unit == 'S'))
            {
                return null;
            }

            try
            {
                checked
                {
                    switch (inTime, unit)
                    {
                        case (false, 'Y'): months += whole * 12; break;
                        case (false, 'M'): months += whole; break;
                        case (false, 'W'): days += whole * 7; break;
                        case (false, 'D'): days += whole; break;
                        case (true, 'H'): seconds += whole * 3600; break;
                        case (true, 'M'): seconds += whole * 60; break;
                        case (true, 'S'): seconds += whole; nanos += fractionNanos; break;
                        default: return null;
                    }
                }
            }
            catch (OverflowException)
            {
                return null;
            }

            any = true;
        }

        if (!any || text[^1] == 'T')
        {
            return null;
        }

        // Carry the fraction into whole seconds so that nanoseconds stay in 0..999,999,999.
        seconds += Math.DivRem(nanos, NanosPerSecond, out long rest);
        if (rest < 0)
        {
            seconds--;
            rest += NanosPerSecond;
        }

        return new Neo4jDuration(months, days, seconds, (int)rest);
    }

    // [-]digits[.digits]; the fraction (up to 9 digits) is returned in nanoseconds with the number's sign.
    private static bool TryReadNumber(string text, ref int position, out long whole, out long fractionNanos, out bool hasFraction)
    {
        whole = 0;
        fractionNanos = 0;
        hasFraction = false;
        bool negative = position < text.Length && text[position] == '-';
        if (negative || (position < text.Length && text[position] == '+'))
        {
            position++;
        }

        int start = position;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            if (position - start >= 18)
            {
                return false;
            }

            whole = (whole * 10) + (text[position] - '0');
            position++;
        }

        if (position == start)
        {
            return false;
        }

        if (position < text.Length && (text[position] == '.' || text[position] == ','))
        {
            position++;
            int digits = 0;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                if (digits == 9)
                {
                    return false;
                }

                fractionNanos = (fractionNanos * 10) + (text[position] - '0');
                position++;
                digits++;
            }

            if (digits == 0)
            {
                return false;
            }

            for (; digits < 9; digits++)
            {
                fractionNanos *= 10;
            }

            hasFraction = true;
        }

        if (negative)
        {
            whole = -whole;
            fractionNanos = -fractionNanos;
        }

        return true;
    }
}
