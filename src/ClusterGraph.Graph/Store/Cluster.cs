using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Store;

/// <summary>
/// An industry (or one of its stages) in a region. Members are the organizations ACTIVE_IN the
/// industry or any of its stages (for a stage cluster: the stage) and located (transitively) in the
/// region; list them with an <see cref="EntityFilter"/> of Within = [region], ActiveIn = [industry or
/// stage], Kinds = [Company, Institute].
/// <para>
/// Stars, each given when the cluster is above the graph's norm, the norm taken over every cluster of
/// the same industry and granularity in the whole graph (all regions below the country with a member):
/// size — company count above the mean company count; specialization — location quotient above 1
/// (the national share); support — supporting institutes above the mean. Supporting institutes are
/// the distinct institutes that are members or SUPPORT a member company.
/// </para>
/// </summary>
/// <param name="Region">The region.</param>
/// <param name="Industry">The industry.</param>
/// <param name="Stage">The stage, for a stage cluster; null for the whole industry.</param>
/// <param name="CompanyCount">Member companies.</param>
/// <param name="InstituteCount">Member institutes.</param>
/// <param name="LocationQuotient">As in <see cref="CoverageCell.LocationQuotient"/>, for the industry (or stage).</param>
/// <param name="SupporterCount">Supporting institutes (see above).</param>
/// <param name="Stars">0..3.</param>
/// <param name="Complexes">Complexes within the region that SPECIALIZE_IN the industry (or one of its stages) or hold a member, by ID.</param>
/// <param name="Initiatives">Initiatives located (transitively) in the region that TARGET the industry or one of its stages (for a stage cluster: the stage or the industry), by ID.</param>
public sealed record Cluster(
    Entity Region,
    Entity Industry,
    Entity? Stage,
    int CompanyCount,
    int InstituteCount,
    double? LocationQuotient,
    int SupporterCount,
    int Stars,
    IReadOnlyList<Entity> Complexes,
    IReadOnlyList<Entity> Initiatives);
