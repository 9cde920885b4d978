namespace ClusterGraph.GraphQL.AspNetCore.Http;

/// <summary>Bounds how many executions run at once on one endpoint; one instance per mapped endpoint.</summary>
internal sealed class ExecutionGate : IDisposable
{
    private readonly SemaphoreSlim _slots;

    public ExecutionGate(int capacity)
    {
        _slots = new SemaphoreSlim(capacity, capacity);
    }

    /// <summary>Waits up to <paramref name="timeout"/> for a slot; false when none freed in time.</summary>
    public Task<bool> TryEnterAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _slots.WaitAsync(timeout, cancellationToken);

    public void Exit() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}
