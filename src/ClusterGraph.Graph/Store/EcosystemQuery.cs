using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Store;

/// <summary>
/// The neighbourhood of an entity up to <see cref="Hops"/> relations away, walking relations in
/// either direction. Entities are taken breadth-first (nearer first, then by ID) until
/// <see cref="Limit"/> entities (the center included) are held; <see cref="Subgraph.Truncated"/> says
/// whether more were reachable. Hops outside 1..<see cref="StoreLimits.MaxEcosystemHops"/> or limit
/// outside 1..<see cref="StoreLimits.MaxEcosystemLimit"/> is a <see cref="GraphQueryException"/>.
/// </summary>
/// <param name="Of">The center's ID.</param>
/// <param name="Hops">How far to walk.</param>
/// <param name="Types">Only relations of these types (null = all).</param>
/// <param name="Kinds">Only entities of these kinds are kept and walked through (the center always is).</param>
/// <param name="AsOf">Only relations valid on this date.</param>
/// <param name="Limit">Most entities returned, the center included.</param>
public sealed record EcosystemQuery(
    string Of,
    int Hops = 1,
    IReadOnlyList<RelationType>? Types = null,
    IReadOnlyList<EntityKind>? Kinds = null,
    DateOnly? AsOf = null,
    int Limit = 200);
