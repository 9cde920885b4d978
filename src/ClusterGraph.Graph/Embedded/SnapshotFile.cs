using System.Buffers.Binary;
using System.Security.Cryptography;

namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// A copy of a <see cref="GraphSnapshot"/> in a compact binary file beside the database, so an open
/// loads arrays and strings instead of parsing every JSON row. It is a cache: SQLite stays the record.
/// The header stamps the file with the database's store ID and data version and a SHA-256 of the
/// rest; a file that is missing, for another database or version, truncated or altered is not used.
/// Written to a temporary name and renamed, so a crash never leaves a half-written file under the name.
/// </summary>
internal static class SnapshotFile
{
    /// <summary>Format of the payload; a reader refuses any other.</summary>
    public const int FormatVersion = 2;

    /// <summary>Size of the header: magic, format, store ID, data version, payload length, payload hash.</summary>
    public const int HeaderSize = 8 + 4 + 4 + 16 + 8 + 8 + HashSize;

    private const int HashSize = SHA256.HashSizeInBytes;

    private static int s_collectorPaused;

    private static ReadOnlySpan<byte> Magic => "CGSNAP\r\n"u8;

    /// <summary>Where the snapshot file of the database at <paramref name="databasePath"/> lives.</summary>
    public static string PathFor(string databasePath) => databasePath + ".snapshot";

    /// <summary>
    /// The snapshot stored at <paramref name="path"/> when it belongs to store <paramref name="storeId"/>
    /// at <paramref name="version"/> and reads back whole; otherwise null, with the reason.
    /// </summary>
    public static GraphSnapshot? TryRead(string path, Guid storeId, long version, out string? reason)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            Span<byte> header = stackalloc byte[HeaderSize];
            stream.ReadExactly(header);
            Header stored = Header.Parse(header);
            reason = stored.FormatVersion != FormatVersion ? $"format {stored.FormatVersion}, not {FormatVersion}"
                : stored.StoreId != storeId ? "written for another database"
                : stored.Version != version ? $"holds version {stored.Version}, the database {version}"
                : stored.PayloadLength != stream.Length - HeaderSize ? "truncated or extended"
                : null;
            if (reason is not null)
            {
                return null;
            }

            using var input = new HashedReader(stream, stored.PayloadLength);
            GraphSnapshot snapshot;
            bool noGc = TryPauseCollector(stored.PayloadLength);
            try
            {
                snapshot = SnapshotFileReader.Read(input, version);
            }
            finally
            {
                if (noGc)
                {
                    ResumeCollector();
                }
            }

            if (!input.Finish().SequenceEqual(stored.Hash))
            {
                reason = "checksum mismatch";
                return null;
            }

            return snapshot;
        }
        catch (FileNotFoundException)
        {
            reason = "missing";
        }
        catch (EndOfStreamException)
        {
            reason = "truncated";
        }
        catch (InvalidDataException exception)
        {
            reason = exception.Message;
        }
        catch (IOException exception)
        {
            reason = exception.Message;
        }
        catch (UnauthorizedAccessException exception)
        {
            reason = exception.Message;
        }

        return null;
    }

    // Nearly everything the read allocates lives as long as the snapshot, so collections during it
    // only copy what was just read (they cost half the load at 1M entities). Asks the collector to stay
    // out for an allowance of about four times the payload; when refused, or when the process
    // allocates more (the region is process-wide), the collector simply runs as usual. One read at a
    // time holds the region.
    private static bool TryPauseCollector(long payloadLength)
    {
        if (Interlocked.CompareExchange(ref s_collectorPaused, 1, 0) != 0)
        {
            return false;
        }

        try
        {
            if (GC.TryStartNoGCRegion(Math.Min(payloadLength * 4, 4L << 30)))
            {
                return true;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
        }
        catch (InvalidOperationException)
        {
        }

        Volatile.Write(ref s_collectorPaused, 0);
        return false;
    }

    private static void ResumeCollector()
    {
        try
        {
            if (System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
        catch (InvalidOperationException)
        {
            // The collector ended the region itself (the allowance ran out) after the check above.
        }
        finally
        {
            Volatile.Write(ref s_collectorPaused, 0);
        }
    }

    /// <summary>Writes <paramref name="snapshot"/> for store <paramref name="storeId"/>, replacing the file at <paramref name="path"/> whole.</summary>
    public static void Write(string path, Guid storeId, GraphSnapshot snapshot)
    {
        string temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize: 1))
        {
            stream.Write(new byte[HeaderSize]);
            byte[] hash;
            long length;
            using (var output = new HashedWriter(stream))
            {
                SnapshotFileWriter.Write(output, snapshot);
                (hash, length) = output.Finish();
            }

            byte[] header = new byte[HeaderSize];
            new Header(FormatVersion, storeId, snapshot.Version, length, hash).WriteTo(header);
            stream.Position = 0;
            stream.Write(header);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private readonly record struct Header(int FormatVersion, Guid StoreId, long Version, long PayloadLength, byte[] Hash)
    {
        public static Header Parse(ReadOnlySpan<byte> bytes)
        {
            if (!bytes[..8].SequenceEqual(Magic))
            {
                throw new InvalidDataException("not a snapshot file");
            }

            return new Header(
                BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]),
                new Guid(bytes.Slice(16, 16)),
                BinaryPrimitives.ReadInt64LittleEndian(bytes[32..]),
                BinaryPrimitives.ReadInt64LittleEndian(bytes[40..]),
                bytes.Slice(48, HashSize).ToArray());
        }

        public void WriteTo(Span<byte> bytes)
        {
            Magic.CopyTo(bytes);
            BinaryPrimitives.WriteInt32LittleEndian(bytes[8..], FormatVersion);
            StoreId.TryWriteBytes(bytes.Slice(16, 16));
            BinaryPrimitives.WriteInt64LittleEndian(bytes[32..], Version);
            BinaryPrimitives.WriteInt64LittleEndian(bytes[40..], PayloadLength);
            Hash.CopyTo(bytes[48..]);
        }
    }
}
