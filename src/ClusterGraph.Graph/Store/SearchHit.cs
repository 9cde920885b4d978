using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Store;

/// <summary>How a search hit matched; the better match ranks first whatever the score's fine detail.</summary>
public enum SearchMatchKind
{
    /// <summary>The whole Korean or English name equals the text (after normalization).</summary>
    ExactName,

    /// <summary>A whole alias equals the text.</summary>
    ExactAlias,

    /// <summary>A name or alias starts with the text (or its choseong initials do).</summary>
    Prefix,

    /// <summary>A name or alias contains the text (or its choseong initials do).</summary>
    Substring,

    /// <summary>A word of a name or alias is within one edit of a word of the text (words of 4 characters or more).</summary>
    Fuzzy,
}

/// <summary>One search result.</summary>
/// <param name="Entity">The entity found.</param>
/// <param name="Score">Higher is better; comparable within one result list only.</param>
/// <param name="Matched">The name or alias that matched, as stored.</param>
/// <param name="MatchKind">How it matched.</param>
public sealed record SearchHit(Entity Entity, double Score, string Matched, SearchMatchKind MatchKind);
