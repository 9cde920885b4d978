namespace ClusterGraph.Graph.Store;

/// <summary>
/// The outcome of an upsert: the item as stored and the version after the write, or the errors and
/// no change at all.
/// </summary>
/// <param name="Item">The stored item; null when the write was refused.</param>
/// <param name="Version">Data version after the write; null when nothing was written.</param>
/// <param name="Errors">Why the write was refused; empty on success.</param>
public sealed record WriteResult<T>(T? Item, string? Version, IReadOnlyList<WriteError> Errors)
    where T : class
{
    /// <summary>True when the write was committed.</summary>
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>The outcome of a delete.</summary>
/// <param name="DeletedId">The ID deleted; null when the delete was refused.</param>
/// <param name="CascadeIds">Relations deleted with an entity, by ID.</param>
/// <param name="Version">Data version after the delete; null when nothing was written.</param>
/// <param name="Errors">Why the delete was refused (e.g. <see cref="WriteErrorCode.NotFound"/>); empty on success.</param>
public sealed record DeleteResult(string? DeletedId, IReadOnlyList<string> CascadeIds, string? Version, IReadOnlyList<WriteError> Errors)
{
    /// <summary>True when the delete was committed.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>A refused delete.</summary>
    public static DeleteResult Failed(IReadOnlyList<WriteError> errors) => new(null, [], null, errors);
}

/// <summary>The outcome of a whole-graph import.</summary>
/// <param name="Version">Data version after the import; null when refused.</param>
/// <param name="Errors">Validation errors of the graph; empty on success.</param>
public sealed record ImportResult(string? Version, IReadOnlyList<WriteError> Errors)
{
    /// <summary>True when the import was committed.</summary>
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>Helpers for <see cref="WriteResult{T}"/>.</summary>
public static class WriteResult
{
    /// <summary>A refused write.</summary>
    public static WriteResult<T> Failed<T>(IReadOnlyList<WriteError> errors)
        where T : class
        => new(null, null, errors);
}
