using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Store;

/// <summary>What an entity list is sorted by; mirrors the contract's <c>EntityOrderField</c>.</summary>
public enum EntityOrderField
{
    /// <summary>
    /// The name in the order's language (falling back to the other, as <see cref="LocalizedText.Get"/>),
    /// compared case-insensitively by UTF-16 code unit (<see cref="StringComparison.OrdinalIgnoreCase"/>:
    /// both sides upper-cased with the invariant culture, then compared ordinally).
    /// </summary>
    Name,

    /// <summary>The kind, in the contract's enum order (REGION first, INITIATIVE last).</summary>
    Kind,

    /// <summary>The number of relations, all types and directions, regardless of asOf.</summary>
    Degree,
}

/// <summary>Sort direction; mirrors the contract's <c>OrderDirection</c>.</summary>
public enum OrderDirection
{
    /// <summary>Smallest first.</summary>
    Asc,

    /// <summary>Largest first.</summary>
    Desc,
}

/// <summary>
/// One sort key of an entity list. A list sorts by its keys in order and then always by ID
/// ascending (ordinal), so the order is total and keyset cursors are stable. No keys = by ID.
/// </summary>
/// <param name="Field">What to sort by.</param>
/// <param name="Direction">Ascending or descending.</param>
/// <param name="Lang">Language of the name for <see cref="EntityOrderField.Name"/>; ignored otherwise.</param>
public sealed record EntityOrder(EntityOrderField Field, OrderDirection Direction = OrderDirection.Asc, Lang Lang = Lang.Ko);
