using System.Runtime.CompilerServices;

namespace ClusterGraph.Graph.Embedded;

/// <summary>Parses the rows' <c>yyyy-MM-dd</c> dates straight from UTF-8.</summary>
internal static class IsoDate
{
    /// <summary>True with the date when <paramref name="utf8"/> is exactly a valid <c>yyyy-MM-dd</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<byte> utf8, out DateOnly date)
    {
        date = default;
        if (utf8.Length != 10 || utf8[4] != (byte)'-' || utf8[7] != (byte)'-')
        {
            return false;
        }

        if (!TryDigits(utf8[..4], out int year) || !TryDigits(utf8.Slice(5, 2), out int month) || !TryDigits(utf8.Slice(8, 2), out int day))
        {
            return false;
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (byte b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }
}
