using System.Globalization;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;
using ClusterGraph.Neo4j.Cypher;
using ClusterGraph.Neo4j.Mapping;
using ClusterGraph.Neo4j.QueryApi;

namespace ClusterGraph.Neo4j.Store;

/// <summary>Search: candidates from a substring scan and the full-text index, ranked by <see cref="SearchRanking"/>.</summary>
public sealed partial class Neo4jGraphStore
{
    private const string SearchScope = "search";
    private const int SubstringCandidates = 1000;
    private const int FullTextCandidates = 200;

    /// <inheritdoc/>
    public async Task<Page<SearchHit>> SearchAsync(SearchQuery query, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        if (string.IsNullOrWhiteSpace(query.Text) || query.Text.Length > StoreLimits.MaxSearchTextLength)
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "text", $"Search text must be 1..{StoreLimits.MaxSearchTextLength} characters and not blank.");
        }

        if (page.Last is not null || page.Before is not null)
        {
            throw new GraphQueryException(GraphQueryErrorCode.InvalidArgument, "last", "Search results page forward only (first/after).");
        }

        KeysetRequest request = KeysetRequest.From(page, SearchScope + ":" + query.Text, 3);
        string text = SearchKeys.Normalize(query.Text).Trim();
        string[]? kinds = KindNames(query.Kinds);
        var candidates = new Dictionary<string, Entity>(StringComparer.Ordinal);
        Neo4jResult substring = await RunAsync(TraversalStatements.SubstringSearch, new() { ["text"] = text, ["kinds"] = kinds, ["limit"] = SubstringCandidates }, cancellationToken).ConfigureAwait(false);
        foreach (Neo4jRecord record in substring.Records)
        {
            Entity entity = GraphReader.Entity(record.Get<Neo4jNode>("e"));
            candidates.TryAdd(entity.Id, entity);
        }

        if (SearchRanking.FuzzyQuery(text) is { } lucene)
        {
            var parameters = new Dictionary<string, object?> { ["index"] = Neo4jGraphSchema.SearchIndex, ["query"] = lucene, ["limit"] = FullTextCandidates, ["kinds"] = kinds };
            Neo4jResult fullText = await RunAsync(TraversalStatements.FullTextSearch, parameters, cancellationToken).ConfigureAwait(false);
            foreach (Neo4jRecord record in fullText.Records)
            {
                Entity entity = GraphReader.Entity(record.Get<Neo4jNode>("node"));
                candidates.TryAdd(entity.Id, entity);
            }
        }

        List<(SearchHit Hit, string[] Keys)> ranked =
        [
            .. candidates.Values.Select(e => SearchRanking.Rank(e, text)).OfType<SearchHit>()
                .OrderBy(h => h.MatchKind).ThenByDescending(h => h.Score).ThenBy(h => h.Entity.Id, StringComparer.Ordinal)
                .Select(h => (h, new[] { ((int)h.MatchKind).ToString(CultureInfo.InvariantCulture), h.Score.ToString("R", CultureInfo.InvariantCulture), h.Entity.Id })),
        ];
        int start = 0;
        if (request.CursorKeys is { } after)
        {
            int index = ranked.FindIndex(r => r.Keys.SequenceEqual(after, StringComparer.Ordinal));
            start = index >= 0 ? index + 1 : ranked.Count(r => Compare(r.Keys, after) <= 0);
        }

        List<(SearchHit Hit, string[] Keys)> fetched = [.. ranked.Skip(start).Take(request.Take)];
        Page<(SearchHit Hit, string[] Keys)> keyed = request.ToPage(fetched, ranked.Count, start, r => CursorCodec.Encode(SearchScope + ":" + query.Text, r.Keys));
        return new Page<SearchHit>([.. keyed.Edges.Select(e => new PageEdge<SearchHit>(e.Cursor, e.Node.Hit))], keyed.HasNextPage, keyed.HasPreviousPage, keyed.TotalCount);
    }

    // Orders cursor keys as the ranking does: kind ascending, score descending, id ascending.
    private static int Compare(string[] keys, string[] cursor)
    {
        int kind = int.Parse(keys[0], CultureInfo.InvariantCulture).CompareTo(int.TryParse(cursor[0], CultureInfo.InvariantCulture, out int k) ? k : 0);
        if (kind != 0)
        {
            return kind;
        }

        int score = double.TryParse(cursor[1], CultureInfo.InvariantCulture, out double s) ? s.CompareTo(double.Parse(keys[1], CultureInfo.InvariantCulture)) : 0;
        return score != 0 ? score : string.CompareOrdinal(keys[2], cursor[2]);
    }
}
