namespace ClusterGraph.Graph.Embedded;

/// <summary>One name or alias of an entity, prepared for search.</summary>
/// <param name="Original">As stored (what a hit reports as matched).</param>
/// <param name="Folded">Folded (<see cref="TextFolding.Fold"/>).</param>
/// <param name="Choseong">Choseong form of <see cref="Folded"/>.</param>
/// <param name="Words">Folded words, for typo tolerance.</param>
/// <param name="IsName">True for the Korean or English name, false for an alias.</param>
internal sealed record SearchForm(string Original, string Folded, string Choseong, string[] Words, bool IsName);
