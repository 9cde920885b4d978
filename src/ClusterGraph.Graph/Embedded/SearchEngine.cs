using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// Name and alias search over a snapshot. Each entity scores by its best name or alias: exact name
/// (base 100) &gt; exact alias (90) &gt; prefix (70) &gt; substring (50) &gt; fuzzy (30), plus up to 10
/// for how much of the matched text the query covers (so 앰코코리아 beats 앰코테크놀로지코리아 for
/// ㅇㅋㅋㄹㅇ). Bands never overlap, so the score alone ranks by match kind.
/// </summary>
internal static class SearchEngine
{
    /// <summary>Shortest query word that may match with one typo.</summary>
    public const int MinFuzzyLength = 4;

    /// <summary>Every hit, best first (score descending, then entity ID).</summary>
    public static List<(int Entity, SearchHitScore Hit)> Run(GraphSnapshot snapshot, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrWhiteSpace(query.Text))
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "text", "Search text must not be blank.");
        }

        if (query.Text.Length > StoreLimits.MaxSearchTextLength)
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "text",
                $"Search text must be at most {StoreLimits.MaxSearchTextLength} characters; got {query.Text.Length}.");
        }

        string folded = TextFolding.Fold(query.Text);
        var hits = new List<(int, SearchHitScore)>();
        if (folded.Length == 0)
        {
            return hits;
        }

        var matcher = new Matcher(folded, TextFolding.FoldWords(query.Text));
        IEnumerable<int> candidates = query.Kinds is null
            ? Enumerable.Range(0, snapshot.Entities.Length)
            : query.Kinds.Distinct().Where(Enum.IsDefined).SelectMany(k => snapshot.ByKind[(int)k]);
        foreach (int e in candidates)
        {
            SearchHitScore? best = null;
            foreach (SearchForm form in snapshot.SearchForms[e])
            {
                SearchHitScore? score = matcher.Score(form);
                if (score is not null && (best is null || score.Value.Score > best.Value.Score))
                {
                    best = score;
                }
            }

            if (best is not null)
            {
                hits.Add((e, best.Value));
            }
        }

        Entity[] entities = snapshot.Entities;
        hits.Sort((a, b) =>
        {
            int c = b.Item2.Score.CompareTo(a.Item2.Score);
            return c != 0 ? c : string.CompareOrdinal(entities[a.Item1].Id, entities[b.Item1].Id);
        });
        return hits;
    }

    private sealed class Matcher(string folded, string[] words)
    {
        private readonly bool _hasJamo = TextFolding.HasInitialJamo(folded);
        private readonly bool _allJamo = folded.All(TextFolding.IsInitialJamo);

        public SearchHitScore? Score(SearchForm form)
        {
            int position = Find(form);
            if (position >= 0)
            {
                double coverage = (double)folded.Length / form.Folded.Length;
                if (position == 0 && folded.Length == form.Folded.Length && !_hasJamo)
                {
                    return form.IsName
                        ? new SearchHitScore(SearchMatchKind.ExactName, 110, form.Original)
                        : new SearchHitScore(SearchMatchKind.ExactAlias, 100, form.Original);
                }

                return position == 0
                    ? new SearchHitScore(SearchMatchKind.Prefix, 70 + (10 * coverage), form.Original)
                    : new SearchHitScore(SearchMatchKind.Substring, 50 + (10 * coverage), form.Original);
            }

            return IsFuzzy(form)
                ? new SearchHitScore(SearchMatchKind.Fuzzy, 30 + (10 * Math.Min(1.0, (double)folded.Length / form.Folded.Length)), form.Original)
                : null;
        }

        private int Find(SearchForm form)
        {
            if (folded.Length > form.Folded.Length)
            {
                return -1;
            }

            if (!_hasJamo)
            {
                return form.Folded.IndexOf(folded, StringComparison.Ordinal);
            }

            return _allJamo
                ? form.Choseong.IndexOf(folded, StringComparison.Ordinal)
                : TextFolding.IndexOfMixed(form.Folded, folded);
        }

        // Every query word must match a word of the form: words of 4+ characters within one edit
        // (or as a prefix), shorter words as a prefix; at least one word must be long enough to be
        // typo-tolerant. The whole folded query may also be one edit from the whole folded form.
        private bool IsFuzzy(SearchForm form)
        {
            if (_hasJamo)
            {
                return false;
            }

            if (folded.Length >= MinFuzzyLength && TextFolding.WithinOneEdit(folded, form.Folded))
            {
                return true;
            }

            bool anyLong = false;
            foreach (string word in words)
            {
                bool longWord = word.Length >= MinFuzzyLength;
                anyLong |= longWord;
                bool matched = false;
                for (int i = 0; i < form.WordCount; i++)
                {
                    ReadOnlySpan<char> candidate = form.Word(i);
                    if (candidate.StartsWith(word, StringComparison.Ordinal) || (longWord && TextFolding.WithinOneEdit(word, candidate)))
                    {
                        matched = true;
                        break;
                    }
                }

                if (!matched)
                {
                    return false;
                }
            }

            return anyLong;
        }
    }
}

/// <summary>How one entity matched a search.</summary>
/// <param name="Kind">Match kind.</param>
/// <param name="Score">Score (see <see cref="SearchEngine"/>).</param>
/// <param name="Matched">The name or alias that matched.</param>
internal readonly record struct SearchHitScore(SearchMatchKind Kind, double Score, string Matched);
