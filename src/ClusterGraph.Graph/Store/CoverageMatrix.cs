using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Store;

/// <summary>
/// One region × stage cell. Actors are organizations ACTIVE_IN the stage and located (transitively)
/// in the region.
/// </summary>
/// <param name="Region">The region.</param>
/// <param name="Stage">The stage.</param>
/// <param name="CompanyCount">Companies active in the stage in the region.</param>
/// <param name="InstituteCount">Institutes active in the stage in the region.</param>
/// <param name="LocationQuotient">
/// (companies of the region in the stage / companies of the region) / (companies in the stage in the
/// whole graph / companies in the whole graph); null when a denominator is zero.
/// </param>
/// <param name="Gap">True when the region has no actor (company or institute) in the stage.</param>
public sealed record CoverageCell(Entity Region, Entity Stage, int CompanyCount, int InstituteCount, double? LocationQuotient, bool Gap);

/// <summary>The region × stage matrix of one industry.</summary>
/// <param name="Industry">The industry.</param>
/// <param name="Regions">The regions, as requested (unknown IDs and non-regions dropped) or, without a request, every province and metropolitan city by ID.</param>
/// <param name="Stages">The industry's stages in value-chain order.</param>
/// <param name="Cells">Region-major: every stage of the first region, then of the next.</param>
public sealed record CoverageMatrix(Entity Industry, IReadOnlyList<Entity> Regions, IReadOnlyList<Entity> Stages, IReadOnlyList<CoverageCell> Cells);
