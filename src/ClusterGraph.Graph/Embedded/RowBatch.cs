using System.Buffers;
using System.Runtime.CompilerServices;

namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// A run of consecutive database rows copied into one pooled buffer, handed from the thread that
/// steps SQLite to a decoding thread. <see cref="Index"/> keeps the rows' order across batches.
/// </summary>
internal sealed class RowBatch
{
    /// <summary>Bytes a batch aims to hold; a single larger row gets a batch of its own.</summary>
    public const int TargetBytes = 128 * 1024;

    private const int MaxRows = 1024;

    private byte[] _bytes;
    private readonly int[] _ends;

    public RowBatch(int index)
    {
        Index = index;
        _bytes = ArrayPool<byte>.Shared.Rent(TargetBytes);
        _ends = ArrayPool<int>.Shared.Rent(MaxRows);
    }

    /// <summary>Position of this batch among the batches of one table.</summary>
    public int Index { get; }

    /// <summary>Number of rows held.</summary>
    public int Count { get; private set; }

    /// <summary>Copies <paramref name="row"/> in; false when the batch is full (the row is then not added).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryAdd(ReadOnlySpan<byte> row)
    {
        int used = Count == 0 ? 0 : _ends[Count - 1];
        if (Count == MaxRows || (Count > 0 && used + row.Length > _bytes.Length))
        {
            return false;
        }

        if (used + row.Length > _bytes.Length)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = ArrayPool<byte>.Shared.Rent(row.Length);
        }

        row.CopyTo(_bytes.AsSpan(used));
        _ends[Count++] = used + row.Length;
        return true;
    }

    /// <summary>The bytes of row <paramref name="i"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<byte> Row(int i)
    {
        int start = i == 0 ? 0 : _ends[i - 1];
        return _bytes.AsSpan(start, _ends[i] - start);
    }

    /// <summary>Gives the buffers back to the pool; the batch is unusable afterwards.</summary>
    public void Release()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        ArrayPool<int>.Shared.Return(_ends);
        _bytes = [];
        Count = 0;
    }
}
