using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;

namespace ClusterGraph.GraphQL.AspNetCore.Http;

/// <summary>
/// Holds a response body in a pooled buffer until it is either complete — then it goes out with a
/// Content-Length in one write with the headers, so a small answer costs one send and no chunked framing —
/// or asked to flush (it has grown large), from when on it writes through to the response pipe and streams.
/// </summary>
internal sealed class SpillingBufferWriter : IBufferWriter<byte>, IDisposable
{
    private const int InitialCapacity = 4096;

    private readonly PipeWriter _pipe;
    private byte[]? _buffer;
    private int _written;

    public SpillingBufferWriter(PipeWriter pipe)
    {
        _pipe = pipe;
        _buffer = ArrayPool<byte>.Shared.Rent(InitialCapacity);
    }

    /// <summary>Whether bytes now go straight to the pipe.</summary>
    public bool Spilled => _buffer is null;

    public void Advance(int count)
    {
        if (_buffer is null)
        {
            _pipe.Advance(count);
            return;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (_written + count > _buffer.Length)
        {
            throw new InvalidOperationException("Advanced past the end of the buffer.");
        }

        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        if (_buffer is null)
        {
            return _pipe.GetMemory(sizeHint);
        }

        Reserve(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        if (_buffer is null)
        {
            return _pipe.GetSpan(sizeHint);
        }

        Reserve(sizeHint);
        return _buffer.AsSpan(_written);
    }

    /// <summary>Moves what is buffered into the pipe; every later write goes straight there.</summary>
    public void Spill()
    {
        if (_buffer is null)
        {
            return;
        }

        _pipe.Write(_buffer.AsSpan(0, _written));
        Release();
    }

    /// <summary>
    /// The body is complete. When it is still buffered, sets <paramref name="response"/>'s Content-Length
    /// and hands the body to the pipe without flushing: the server sends headers and body in one write when
    /// the request's pipeline ends, after the middleware that records the request (metrics, log) has run.
    /// A body that streamed is flushed.
    /// </summary>
    public async ValueTask CompleteAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        if (_buffer is not null && !response.HasStarted)
        {
            response.ContentLength = _written;
            Spill();
            return;
        }

        Spill();
        await _pipe.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => Release();

    private void Reserve(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (_buffer!.Length - _written >= needed)
        {
            return;
        }

        byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _written + needed));
        _buffer.AsSpan(0, _written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    private void Release()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            _written = 0;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
