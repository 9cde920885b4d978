namespace ClusterGraph.GraphQL.Utilities;

/// <summary>
/// "Did you mean …?" hints as graphql-js words them: options within a lexical (Damerau–Levenshtein,
/// case-insensitive) distance of 40% of the input, nearest first, ties in natural order, at most five.
/// </summary>
public static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/>, best first.</summary>
    public static List<string> List(string input, IEnumerable<string> options)
    {
        int threshold = (input.Length * 4 / 10) + 1;
        string inputLower = input.ToLowerInvariant();
        var found = new List<(string Option, int Distance)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string option in options)
        {
            if (!seen.Add(option))
            {
                continue;
            }

            int? distance = Measure(input, inputLower, option, threshold);
            if (distance is int d)
            {
                found.Add((option, d));
            }
        }

        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : NaturalCompare(a.Option, b.Option));
        var result = new List<string>(found.Count);
        foreach ((string option, _) in found)
        {
            result.Add(option);
        }

        return result;
    }

    /// <summary>" Did you mean "a", "b", or "c"?" (empty when there is nothing to suggest).</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        string prefix = subMessage is null ? " Did you mean " : " Did you mean " + subMessage + " ";
        if (suggestions.Count == 1)
        {
            return prefix + "\"" + suggestions[0] + "\"?";
        }

        if (suggestions.Count == 2)
        {
            return prefix + "\"" + suggestions[0] + "\" or \"" + suggestions[1] + "\"?";
        }

        int count = Math.Min(MaxSuggestions, suggestions.Count);
        var builder = new System.Text.StringBuilder(prefix);
        for (int i = 0; i < count - 1; i++)
        {
            builder.Append('"').Append(suggestions[i]).Append("\", ");
        }

        builder.Append("or \"").Append(suggestions[count - 1]).Append("\"?");
        return builder.ToString();
    }

    private static int? Measure(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        string optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        string a = optionLower;
        string b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (int r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (int j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            int[] up = rows[(i - 1) % 3];
            int[] current = rows[i % 3];
            int smallest = current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        int distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    /// <summary>Compares strings with runs of digits compared by value ("a2" before "a10").</summary>
    public static int NaturalCompare(string a, string b)
    {
        int ai = 0;
        int bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            char ac = a[ai];
            char bc = b[bi];
            if (char.IsAsciiDigit(ac) && char.IsAsciiDigit(bc))
            {
                long an = 0;
                do
                {
                    an = (an * 10) + (a[ai] - '0');
                    ai++;
                }
                while (ai < a.Length && char.IsAsciiDigit(a[ai]) && an > 0);

                long bn = 0;
                do
                {
                    bn = (bn * 10) + (b[bi] - '0');
                    bi++;
                }
                while (bi < b.Length && char.IsAsciiDigit(b[bi]) && bn > 0);

                if (an != bn)
                {
                    return an < bn ? -1 : 1;
                }
            }
            else
            {
                if (ac != bc)
                {
                    return ac < bc ? -1 : 1;
                }

                ai++;
                bi++;
            }
        }

        return a.Length - b.Length;
    }
}
