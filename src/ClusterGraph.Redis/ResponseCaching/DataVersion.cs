namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>Data versions are decimal integers carried as text: compared by value, without a size limit.</summary>
internal static class DataVersion
{
    /// <summary>Longer versions are refused: a counter never needs more digits, and a bound keeps comparisons cheap.</summary>
    public const int MaxLength = 64;

    public static bool IsWellFormed(string? version)
    {
        if (string.IsNullOrEmpty(version) || version.Length > MaxLength)
        {
            return false;
        }

        foreach (char c in version)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Compares two well-formed versions by numeric value ("007" equals "7").</summary>
    public static int Compare(string left, string right)
    {
        ReadOnlySpan<char> a = left.AsSpan().TrimStart('0');
        ReadOnlySpan<char> b = right.AsSpan().TrimStart('0');
        return a.Length != b.Length ? a.Length.CompareTo(b.Length) : a.SequenceCompareTo(b);
    }
}
