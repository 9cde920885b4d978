namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>
/// Where the response cache reads the version of the data it caches. The API host adapts its store:
/// a decimal integer (ASCII digits) that grows with every write. Called on every cacheable request,
/// so it must be cheap (a counter read, not a round trip).
/// </summary>
public interface IDataVersionSource
{
    /// <summary>The current data version, e.g. <c>"42"</c>.</summary>
    ValueTask<string> GetVersionAsync(CancellationToken cancellationToken);
}
