using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Store;

/// <summary>
/// A search over names and aliases: Hangul syllables, choseong initials (ㅇㅋ finds 앰코), Latin
/// case-insensitive, partial, and typo-tolerant (one edit for words of 4 characters or more).
/// Hits are ranked exact name &gt; exact alias &gt; prefix &gt; substring &gt; fuzzy, then by score,
/// then by entity ID. Blank text, or text longer than <see cref="StoreLimits.MaxSearchTextLength"/>,
/// is a <see cref="GraphQueryException"/>.
/// </summary>
/// <param name="Text">What the user typed.</param>
/// <param name="Kinds">Only entities of these kinds (null = all).</param>
public sealed record SearchQuery(string Text, IReadOnlyList<EntityKind>? Kinds = null);
