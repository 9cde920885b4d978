namespace ClusterGraph.Api.Operations;

/// <summary>Counts <c>/graphql</c> requests by status code and their latency.</summary>
public sealed class RequestMetrics
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<int, long> _byStatus = [];

    public LatencyHistogram Latency { get; } = new();

    /// <summary>Records one finished request.</summary>
    public void Record(int statusCode, TimeSpan elapsed)
    {
        lock (_gate)
        {
            _byStatus[statusCode] = _byStatus.GetValueOrDefault(statusCode) + 1;
        }

        Latency.Observe(elapsed);
    }

    /// <summary>A copy of the counts by status code.</summary>
    public IReadOnlyList<KeyValuePair<int, long>> ByStatus()
    {
        lock (_gate)
        {
            return [.. _byStatus];
        }
    }
}
