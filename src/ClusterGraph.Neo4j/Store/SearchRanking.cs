using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.Neo4j.Mapping;

namespace ClusterGraph.Neo4j.Store;

/// <summary>
/// Ranks search candidates as <see cref="SearchQuery"/> defines: exact name &gt; exact alias &gt;
/// prefix &gt; substring &gt; fuzzy (one edit, words of 4+ characters), then score, then id. Neo4j
/// supplies the candidates (substring scan and full-text index); this decides how each matched.
/// </summary>
internal static class SearchRanking
{
    public const int MinFuzzyWordLength = 4;

    public static SearchHit? Rank(Entity entity, string normalizedText)
    {
        SearchHit? best = null;
        foreach ((string name, bool isAlias) in Names(entity))
        {
            string key = SearchKeys.Normalize(name);
            string initials = SearchKeys.Normalize(HangulInitials.Of(name));
            SearchMatchKind? kind =
                key == normalizedText ? (isAlias ? SearchMatchKind.ExactAlias : SearchMatchKind.ExactName)
                : key.StartsWith(normalizedText, StringComparison.Ordinal) || (initials.Length > 0 && initials.StartsWith(normalizedText, StringComparison.Ordinal)) ? SearchMatchKind.Prefix
                : key.Contains(normalizedText, StringComparison.Ordinal) || (initials.Length > 0 && initials.Contains(normalizedText, StringComparison.Ordinal)) ? SearchMatchKind.Substring
                : WithinOneEdit(key, normalizedText) ? SearchMatchKind.Fuzzy
                : null;
            if (kind is null)
            {
                continue;
            }

            // Within a kind, the closer the lengths the better.
            double score = Base(kind.Value) + ((double)Math.Min(normalizedText.Length, key.Length) / Math.Max(1, Math.Max(normalizedText.Length, key.Length)));
            if (best is null || score > best.Score)
            {
                best = new SearchHit(entity, score, name, kind.Value);
            }
        }

        return best;
    }

    /// <summary>Lucene fuzzy terms (one edit) for the words of 4+ characters, or null when there are none.</summary>
    public static string? FuzzyQuery(string normalizedText)
    {
        string[] words = [.. Words(normalizedText).Where(w => w.Length >= MinFuzzyWordLength).Select(Escape)];
        return words.Length == 0 ? null : "searchText:(" + string.Join(" OR ", words.Select(w => w + "~1")) + ")";
    }

    private static double Base(SearchMatchKind kind) => kind switch
    {
        SearchMatchKind.ExactName => 40,
        SearchMatchKind.ExactAlias => 30,
        SearchMatchKind.Prefix => 20,
        SearchMatchKind.Substring => 10,
        _ => 0,
    };

    private static IEnumerable<(string Name, bool IsAlias)> Names(Entity entity)
    {
        if (!string.IsNullOrWhiteSpace(entity.Names.Ko))
        {
            yield return (entity.Names.Ko, false);
        }

        if (!string.IsNullOrWhiteSpace(entity.Names.En))
        {
            yield return (entity.Names.En, false);
        }

        foreach (string alias in entity.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)))
        {
            yield return (alias, true);
        }
    }

    private static bool WithinOneEdit(string name, string text)
    {
        string[] queryWords = [.. Words(text).Where(w => w.Length >= MinFuzzyWordLength)];
        return queryWords.Length > 0 && Words(name).Any(n => n.Length >= MinFuzzyWordLength && queryWords.Any(q => EditDistanceAtMostOne(n, q)));
    }

    private static string[] Words(string text) => text.Split([' ', '\t', '-', '(', ')', ',', '.', '/'], StringSplitOptions.RemoveEmptyEntries);

    // One substitution, insertion or deletion at most.
    private static bool EditDistanceAtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length > b.Length)
            {
                i++;
            }
            else if (a.Length < b.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }

    // Lucene query syntax: a backslash before every special character.
    private static string Escape(string word)
    {
        var builder = new System.Text.StringBuilder(word.Length);
        foreach (char c in word)
        {
            if ("+-&|!(){}[]^\"~*?:\\/".Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
