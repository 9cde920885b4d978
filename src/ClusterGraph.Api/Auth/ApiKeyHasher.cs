using System.Security.Cryptography;
using System.Text;

namespace ClusterGraph.Api.Auth;

/// <summary>
/// Salted SHA-256 of API keys: configuration holds <c>sha256:&lt;salt&gt;:&lt;hash&gt;</c> (hex), so a
/// leaked configuration file does not leak keys. Keys are long random strings, so one salted hash
/// round is enough (a password would need a slow KDF).
/// </summary>
public static class ApiKeyHasher
{
    private const string Scheme = "sha256";

    /// <summary>A new hash string for <paramref name="key"/>, with a random salt.</summary>
    public static string Hash(string key)
    {
        byte[] salt = RandomNumberGenerator.GetBytes(16);
        return $"{Scheme}:{Convert.ToHexStringLower(salt)}:{Convert.ToHexStringLower(Digest(salt, key))}";
    }

    /// <summary>True when <paramref name="hash"/> has the expected shape.</summary>
    public static bool IsWellFormed(string? hash) => TryParse(hash, out _, out _);

    /// <summary>True when <paramref name="key"/> is the key behind <paramref name="hash"/> (constant-time comparison).</summary>
    public static bool Verify(string key, string hash) =>
        TryParse(hash, out byte[] salt, out byte[] expected)
        && CryptographicOperations.FixedTimeEquals(Digest(salt, key), expected);

    private static byte[] Digest(byte[] salt, string key)
    {
        byte[] keyBytes = Encoding.UTF8.GetBytes(key);
        byte[] input = new byte[salt.Length + keyBytes.Length];
        salt.CopyTo(input, 0);
        keyBytes.CopyTo(input, salt.Length);
        return SHA256.HashData(input);
    }

    private static bool TryParse(string? hash, out byte[] salt, out byte[] digest)
    {
        salt = digest = [];
        string[] parts = hash?.Split(':') ?? [];
        if (parts.Length != 3 || parts[0] != Scheme || parts[1].Length is 0 or > 128 || parts[2].Length != 64)
        {
            return false;
        }

        try
        {
            salt = Convert.FromHexString(parts[1]);
            digest = Convert.FromHexString(parts[2]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
