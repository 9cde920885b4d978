using System.Security.Cryptography;
using System.Text;

namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>The key of a persisted document: lower-case hex SHA-256 of its UTF-8 bytes, as Apollo clients compute it.</summary>
public static class PersistedDocumentHash
{
    /// <summary>Hashes <paramref name="document"/>.</summary>
    public static string Compute(string document)
    {
        int byteCount = Encoding.UTF8.GetByteCount(document);
        byte[] bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(byteCount);
        try
        {
            int written = Encoding.UTF8.GetBytes(document, bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, written), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Whether <paramref name="value"/> looks like a SHA-256 in hex (64 hex digits).</summary>
    public static bool IsWellFormed(string value)
    {
        if (value.Length != SHA256.HashSizeInBytes * 2)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
