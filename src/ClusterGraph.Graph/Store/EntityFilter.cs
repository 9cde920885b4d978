using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Store;

/// <summary>
/// Which entities a list or count keeps; every condition given must hold (null = no condition, an
/// empty list matches nothing). Mirrors the contract's <c>EntityFilter</c> plus what the other list
/// fields need (region levels, initiative dates).
/// </summary>
public sealed record EntityFilter
{
    /// <summary>A filter that keeps every entity.</summary>
    public static EntityFilter All { get; } = new();

    /// <summary>Only entities of these kinds.</summary>
    public IReadOnlyList<EntityKind>? Kinds { get; init; }

    /// <summary>
    /// Only entities LOCATED_IN (transitively, through regions and complexes) any of these regions or
    /// complexes. An entity is not within itself. IDs that name no region or complex match nothing.
    /// </summary>
    public IReadOnlyList<string>? Within { get; init; }

    /// <summary>
    /// Only entities ACTIVE_IN or SPECIALIZES_IN any of these industries or stages; an industry also
    /// matches entities active in any of its stages (not the reverse).
    /// </summary>
    public IReadOnlyList<string>? ActiveIn { get; init; }

    /// <summary>
    /// Only entities whose Korean or English name or an alias contains this text, both compared after
    /// Unicode NFKC normalization, invariant lower-casing and dropping everything but letters and
    /// digits (so case, full-width forms, decomposed Hangul, spaces and punctuation do not matter).
    /// Blank = no condition.
    /// </summary>
    public string? NameContains { get; init; }

    /// <summary>Only entities with a location inside this box.</summary>
    public BoundingBox? BoundingBox { get; init; }

    /// <summary>
    /// Only facts valid on this date: the LOCATED_IN, ACTIVE_IN and SPECIALIZES_IN relations that
    /// <see cref="Within"/> and <see cref="ActiveIn"/> follow must hold on it (contract's asOf rule).
    /// </summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Only regions of these levels (implies regions only).</summary>
    public IReadOnlyList<RegionLevel>? RegionLevels { get; init; }

    /// <summary>Only initiatives whose date is on or after this day (implies dated initiatives only).</summary>
    public DateOnly? InitiativeFrom { get; init; }

    /// <summary>Only initiatives whose date is on or before this day (implies dated initiatives only).</summary>
    public DateOnly? InitiativeTo { get; init; }
}
