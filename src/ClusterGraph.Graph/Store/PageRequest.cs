namespace ClusterGraph.Graph.Store;

/// <summary>
/// Relay-style page request: forward with <see cref="First"/>/<see cref="After"/>, backward with
/// <see cref="Last"/>/<see cref="Before"/> (lists that support it). With neither First nor Last the
/// first <see cref="StoreLimits.DefaultPageSize"/> items are returned. Giving both First and Last,
/// a negative size or one above <see cref="StoreLimits.MaxPageSize"/> is a <see cref="GraphQueryException"/>.
/// </summary>
/// <param name="First">Items after <see cref="After"/> (or from the start).</param>
/// <param name="After">Cursor of the item to start after.</param>
/// <param name="Last">Items before <see cref="Before"/> (or from the end).</param>
/// <param name="Before">Cursor of the item to end before.</param>
/// <param name="IncludeTotalCount">Compute <see cref="Page{T}.TotalCount"/>; left null otherwise (it costs a full count).</param>
public sealed record PageRequest(
    int? First = null,
    string? After = null,
    int? Last = null,
    string? Before = null,
    bool IncludeTotalCount = false)
{
    /// <summary>The first <see cref="StoreLimits.DefaultPageSize"/> items, no total.</summary>
    public static PageRequest Default { get; } = new();

    /// <summary>The first <paramref name="count"/> items after <paramref name="after"/>.</summary>
    public static PageRequest Forward(int count, string? after = null, bool includeTotalCount = false) =>
        new(count, after, IncludeTotalCount: includeTotalCount);

    /// <summary>The last <paramref name="count"/> items before <paramref name="before"/>.</summary>
    public static PageRequest Backward(int count, string? before = null, bool includeTotalCount = false) =>
        new(Last: count, Before: before, IncludeTotalCount: includeTotalCount);
}
