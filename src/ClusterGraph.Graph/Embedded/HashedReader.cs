using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// Buffered little-endian input of a payload of known length that hashes (SHA-256) what it reads.
/// Every length and count is checked against what is left of the payload before anything is
/// allocated for it, so a damaged file fails with <see cref="InvalidDataException"/>, not a huge allocation.
/// </summary>
internal sealed class HashedReader : IDisposable
{
    private const int BufferSize = 1 << 20;
    private readonly Stream _stream;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[] _buffer = new byte[BufferSize];
    private int _start;
    private int _end;
    private long _unread;

    public HashedReader(Stream stream, long payloadLength)
    {
        _stream = stream;
        _unread = payloadLength;
    }

    /// <summary>Bytes of the payload not yet consumed.</summary>
    public long Remaining => _unread + (_end - _start);

    public byte ReadByte() => Take(1)[0];

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    /// <summary>A count of items that each take at least <paramref name="minimumSize"/> bytes.</summary>
    public int ReadCount(int minimumSize)
    {
        int count = ReadInt32();
        return count >= 0 && (long)count * minimumSize <= Remaining
            ? count
            : throw new InvalidDataException("The snapshot file holds an impossible count.");
    }

    public string ReadString()
    {
        int length = ReadCount(1);
        return length == 0 ? string.Empty : Encoding.UTF8.GetString(Take(length));
    }

    public int[] ReadInt32s()
    {
        int count = ReadCount(sizeof(int));
        int[] values = new int[count];
        Span<byte> into = MemoryMarshal.AsBytes(values.AsSpan());
        while (into.Length > 0)
        {
            if (_start == _end)
            {
                Fill(1);
            }

            int chunk = Math.Min(into.Length, _end - _start);
            _buffer.AsSpan(_start, chunk).CopyTo(into);
            _start += chunk;
            into = into[chunk..];
        }

        return values;
    }

    /// <summary>The hash of the payload, which must have been read to its end.</summary>
    public byte[] Finish() =>
        Remaining == 0 ? _hash.GetHashAndReset() : throw new InvalidDataException("The snapshot file has bytes after its content.");

    public void Dispose() => _hash.Dispose();

    private ReadOnlySpan<byte> Take(int size)
    {
        if (_end - _start < size)
        {
            Fill(size);
        }

        ReadOnlySpan<byte> taken = _buffer.AsSpan(_start, size);
        _start += size;
        return taken;
    }

    // Makes at least `size` bytes available from _start, moving the rest to the front (and growing
    // the buffer for a string longer than it).
    private void Fill(int size)
    {
        if (size > Remaining)
        {
            throw new InvalidDataException("The snapshot file ends early.");
        }

        int kept = _end - _start;
        if (size > _buffer.Length)
        {
            byte[] larger = new byte[size];
            _buffer.AsSpan(_start, kept).CopyTo(larger);
            _buffer = larger;
        }
        else
        {
            _buffer.AsSpan(_start, kept).CopyTo(_buffer);
        }

        _start = 0;
        _end = kept;
        while (_end < size)
        {
            int wanted = (int)Math.Min(_buffer.Length - _end, _unread);
            int read = _stream.Read(_buffer, _end, wanted);
            if (read <= 0)
            {
                throw new EndOfStreamException("The snapshot file ends early.");
            }

            _hash.AppendData(_buffer, _end, read);
            _end += read;
            _unread -= read;
        }
    }
}
