using System.Globalization;
using System.Text;

namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// Folds names and queries to the form search compares: Unicode NFKC (full-width Latin, decomposed
/// Hangul), invariant lower case, letters and digits only (spaces and punctuation dropped), with
/// Hangul compatibility consonants (ㄱ…ㅎ) kept as typed so that choseong queries survive
/// normalization. The choseong form replaces every Hangul syllable by its initial consonant
/// (앰코코리아 → ㅇㅋㅋㄹㅇ).
/// </summary>
internal static class TextFolding
{
    private const char FirstSyllable = '\uAC00';
    private const char LastSyllable = '\uD7A3';
    private const int SyllablesPerInitial = 21 * 28;

    // The 19 initial consonants in syllable order, as Hangul Compatibility Jamo (what keyboards type).
    private const string Initials = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

    /// <summary>The folded form of <paramref name="text"/> (possibly empty).</summary>
    public static string Fold(string text)
    {
        // ASCII, precomposed syllables and compatibility consonants are already NFKC as far as folding
        // goes; skipping the normalizer for them keeps snapshot builds fast.
        string normalized = IsSimple(text) ? text : text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (char raw in normalized)
        {
            char c = raw is >= '\u1100' and <= '\u1112' ? Initials[raw - '\u1100'] : raw;
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.Length == normalized.Length && string.Equals(builder.ToString(), normalized, StringComparison.Ordinal)
            ? normalized
            : builder.ToString();
    }

    private static bool IsSimple(string text)
    {
        foreach (char c in text)
        {
            if (!(char.IsAscii(c) || IsSyllable(c) || IsInitialJamo(c)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words of <paramref name="text"/>, each folded, empty ones dropped.</summary>
    public static string[] FoldWords(string text)
    {
        var words = new List<string>();
        foreach (string part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string piece in part.Split(['-', '·', '/', ',', '(', ')', '&', '.'], StringSplitOptions.RemoveEmptyEntries))
            {
                string folded = Fold(piece);
                if (folded.Length > 0)
                {
                    words.Add(folded);
                }
            }
        }

        return [.. words];
    }

    /// <summary>The choseong form of a folded text: syllables replaced by their initial consonant; the same instance when there is no syllable.</summary>
    public static string Choseong(string folded)
    {
        int first = folded.AsSpan().IndexOfAnyInRange(FirstSyllable, LastSyllable);
        if (first < 0)
        {
            return folded;
        }

        return string.Create(folded.Length, folded, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                char c = source[i];
                span[i] = IsSyllable(c) ? InitialOf(c) : c;
            }
        });
    }

    /// <summary>True when <paramref name="c"/> is one of the 19 initial consonants as compatibility jamo.</summary>
    public static bool IsInitialJamo(char c) => c is >= '\u3131' and <= '\u314E' && Initials.Contains(c, StringComparison.Ordinal);

    /// <summary>True when <paramref name="text"/> holds an initial-consonant jamo.</summary>
    public static bool HasInitialJamo(string text)
    {
        foreach (char c in text)
        {
            if (IsInitialJamo(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="c"/> is a precomposed Hangul syllable.</summary>
    public static bool IsSyllable(char c) => c is >= FirstSyllable and <= LastSyllable;

    /// <summary>The initial consonant of a Hangul syllable, as compatibility jamo.</summary>
    public static char InitialOf(char syllable) => Initials[(syllable - FirstSyllable) / SyllablesPerInitial];

    /// <summary>True when a query character matches a name character: equal, or a jamo matching the syllable's initial.</summary>
    public static bool Matches(char query, char name) =>
        query == name || (IsSyllable(name) && IsInitialJamo(query) && InitialOf(name) == query);

    /// <summary>Where <paramref name="query"/> first occurs in <paramref name="name"/> under <see cref="Matches"/>, or -1.</summary>
    public static int IndexOfMixed(string name, string query)
    {
        for (int start = 0; start + query.Length <= name.Length; start++)
        {
            int i = 0;
            while (i < query.Length && Matches(query[i], name[start + i]))
            {
                i++;
            }

            if (i == query.Length)
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> are at most one edit apart: one
    /// insertion, deletion, substitution, or swap of two adjacent characters.
    /// </summary>
    public static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        int prefix = 0;
        int shorter = Math.Min(a.Length, b.Length);
        while (prefix < shorter && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (prefix == shorter)
        {
            return true;
        }

        ReadOnlySpan<char> restA = a[prefix..];
        ReadOnlySpan<char> restB = b[prefix..];
        if (a.Length == b.Length)
        {
            return restA[1..].SequenceEqual(restB[1..])
                || (restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..]));
        }

        return a.Length > b.Length ? restA[1..].SequenceEqual(restB) : restA.SequenceEqual(restB[1..]);
    }

    /// <summary>Culture-free invariant text for a number in a cursor.</summary>
    public static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
