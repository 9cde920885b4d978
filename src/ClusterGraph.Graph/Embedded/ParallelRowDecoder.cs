using System.Collections.Concurrent;

namespace ClusterGraph.Graph.Embedded;

/// <summary>Decodes one database row; <paramref name="pool"/> belongs to the calling thread.</summary>
internal delegate T RowDecoder<out T>(ReadOnlySpan<byte> row, RowInterner pool);

/// <summary>
/// Decodes the rows of one table on every core while the calling thread steps SQLite: the rows are
/// copied into <see cref="RowBatch"/>es (a bounded queue keeps memory flat), each worker decodes
/// whole batches with its own <see cref="RowInterner"/> over a shared one, and the results are put
/// back in row order. Decoding is most of a start-up; this divides it by the number of cores.
/// </summary>
internal sealed class ParallelRowDecoder<T> : IDisposable
{
    private readonly RowDecoder<T> _decode;
    private readonly RowInterner _shared;
    private readonly BlockingCollection<RowBatch> _queue;
    private readonly ConcurrentDictionary<int, T[]> _decoded = new();
    private readonly CancellationTokenSource _failed = new();
    private readonly Task<RowInterner>[] _workers;
    private RowBatch _filling = new(0);
    private int _total;

    /// <param name="decode">Decodes one row.</param>
    /// <param name="shared">Interner the workers look in first; nothing may write to it until <see cref="Finish"/> returns.</param>
    public ParallelRowDecoder(RowDecoder<T> decode, RowInterner shared)
    {
        _decode = decode;
        _shared = shared;
        int workerCount = Math.Clamp(Environment.ProcessorCount, 1, 8);
        _queue = new BlockingCollection<RowBatch>(boundedCapacity: workerCount * 4);
        _workers = new Task<RowInterner>[workerCount];
        for (int w = 0; w < workerCount; w++)
        {
            _workers[w] = Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    /// <summary>Queues a copy of one row (rows are decoded in the order they are added).</summary>
    public void Add(ReadOnlySpan<byte> row)
    {
        _total++;
        if (_filling.TryAdd(row))
        {
            return;
        }

        Send();
        _filling = new RowBatch(_filling.Index + 1);
        _filling.TryAdd(row);
    }

    /// <summary>
    /// Waits for the workers and returns every decoded row in order; the workers' interners are
    /// absorbed into the shared one. Rethrows the first decoding failure.
    /// </summary>
    public T[] Finish()
    {
        try
        {
            if (_filling.Count > 0)
            {
                Send();
            }
            else
            {
                _filling.Release();
            }
        }
        finally
        {
            _queue.CompleteAdding();
        }

        RowInterner[] pools = Task.WhenAll(_workers).GetAwaiter().GetResult();
        foreach (RowInterner pool in pools)
        {
            _shared.Absorb(pool);
        }

        var items = new T[_total];
        int at = 0;
        for (int b = 0; _decoded.TryGetValue(b, out T[]? batch); b++)
        {
            batch.CopyTo(items, at);
            at += batch.Length;
        }

        return at == _total ? items : throw new InvalidOperationException("A batch of decoded rows went missing.");
    }

    public void Dispose()
    {
        if (!_queue.IsAddingCompleted)
        {
            // Abandoned after a failure on the reading side: stop the workers and free the buffers.
            _failed.Cancel();
            _queue.CompleteAdding();
            try
            {
                Task.WaitAll(_workers);
            }
            catch (AggregateException)
            {
                // The reading side's exception is the one being reported.
            }

            _filling.Release();
        }

        _queue.Dispose();
        _failed.Dispose();
    }

    private void Send()
    {
        try
        {
            _queue.Add(_filling, _failed.Token);
        }
        catch (OperationCanceledException) when (_failed.IsCancellationRequested)
        {
            // A worker failed; Finish reports its exception.
            _filling.Release();
        }
    }

    private RowInterner Work()
    {
        var pool = new RowInterner(_shared);
        try
        {
            foreach (RowBatch batch in _queue.GetConsumingEnumerable())
            {
                try
                {
                    if (_failed.IsCancellationRequested)
                    {
                        continue;
                    }

                    var items = new T[batch.Count];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = _decode(batch.Row(i), pool);
                    }

                    _decoded[batch.Index] = items;
                }
                finally
                {
                    batch.Release();
                }
            }
        }
        catch
        {
            _failed.Cancel();
            throw;
        }

        return pool;
    }
}
