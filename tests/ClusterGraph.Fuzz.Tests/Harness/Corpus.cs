using System.Security.Cryptography;

namespace ClusterGraph.Fuzz.Tests.Harness;

/// <summary>Reads and writes corpus and crash files: one input per file, named by a hash of its bytes.</summary>
internal static class Corpus
{
    /// <summary>Every input in <paramref name="directory"/> with the extension, in file-name order (so runs replay alike).</summary>
    public static List<(string Name, byte[] Input)> Load(string directory, string extension)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return Directory.GetFiles(directory, "*" + extension)
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllBytes(path)))
            .ToList();
    }

    /// <summary>Writes the input as &lt;prefix&gt;&lt;hash&gt;&lt;extension&gt; unless it is there already; returns the path.</summary>
    public static string Save(string directory, string prefix, byte[] input, string extension)
    {
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, prefix + NameOf(input) + extension);
        if (!File.Exists(path))
        {
            File.WriteAllBytes(path, input);
        }

        return path;
    }

    public static string NameOf(byte[] input) => Convert.ToHexStringLower(SHA256.HashData(input))[..16];
}
