using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Store;

/// <summary>
/// A path request. Relations are walked in either direction. <see cref="ExcludeKinds"/> forbids
/// passing through entities of those kinds (the two ends may be of them). MaxHops outside
/// 1..<see cref="StoreLimits.MaxPathHops"/> is a <see cref="GraphQueryException"/>.
/// </summary>
/// <param name="From">Start entity ID.</param>
/// <param name="To">End entity ID.</param>
/// <param name="MaxHops">Longest path accepted, in relations.</param>
/// <param name="Types">Only relations of these types (null = all).</param>
/// <param name="ExcludeKinds">Kinds no intermediate entity may have.</param>
/// <param name="AsOf">Only relations valid on this date.</param>
public sealed record PathQuery(
    string From,
    string To,
    int MaxHops = 4,
    IReadOnlyList<RelationType>? Types = null,
    IReadOnlyList<EntityKind>? ExcludeKinds = null,
    DateOnly? AsOf = null);
