using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace ClusterGraph.Graph.Embedded;

/// <summary>Buffered little-endian output to a stream that hashes (SHA-256) and counts what it writes.</summary>
internal sealed class HashedWriter : IDisposable
{
    private const int BufferSize = 1 << 20;
    private readonly Stream _stream;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _used;
    private long _written;

    public HashedWriter(Stream stream) => _stream = stream;

    public void WriteByte(byte value) => Room(1)[0] = value;

    public void WriteInt32(int value) => BinaryPrimitives.WriteInt32LittleEndian(Room(4), value);

    public void WriteDouble(double value) => BinaryPrimitives.WriteDoubleLittleEndian(Room(8), value);

    /// <summary>A string as its UTF-8 length and bytes.</summary>
    public void WriteString(string text)
    {
        int length = Encoding.UTF8.GetByteCount(text);
        WriteInt32(length);
        if (length <= BufferSize)
        {
            Encoding.UTF8.GetBytes(text, Room(length));
        }
        else
        {
            WriteBytes(Encoding.UTF8.GetBytes(text));
        }
    }

    /// <summary>An array as its length and its values.</summary>
    public void WriteInt32s(int[] values)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("Snapshot files are written on little-endian machines only.");
        }

        WriteInt32(values.Length);
        WriteBytes(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    /// <summary>Writes out what is buffered; returns the hash and length of everything written.</summary>
    public (byte[] Hash, long Length) Finish()
    {
        Flush();
        return (_hash.GetHashAndReset(), _written);
    }

    public void Dispose() => _hash.Dispose();

    private void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > 0)
        {
            if (_used == BufferSize)
            {
                Flush();
            }

            int chunk = Math.Min(bytes.Length, BufferSize - _used);
            bytes[..chunk].CopyTo(_buffer.AsSpan(_used));
            _used += chunk;
            bytes = bytes[chunk..];
        }
    }

    private Span<byte> Room(int size)
    {
        if (BufferSize - _used < size)
        {
            Flush();
        }

        Span<byte> room = _buffer.AsSpan(_used, size);
        _used += size;
        return room;
    }

    private void Flush()
    {
        _hash.AppendData(_buffer, 0, _used);
        _stream.Write(_buffer, 0, _used);
        _written += _used;
        _used = 0;
    }
}
