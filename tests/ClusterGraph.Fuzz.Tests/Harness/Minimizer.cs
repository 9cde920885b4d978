using System.Diagnostics;

namespace ClusterGraph.Fuzz.Tests.Harness;

/// <summary>
/// Shrinks a failing input by deleting chunks (halving the chunk size when none can go), keeping each
/// deletion after which the input still fails the same way: Zeller's ddmin, complement-only.
/// </summary>
internal static class Minimizer
{
    public static byte[] Minimize(byte[] input, Func<byte[], bool> stillFails, int maxAttempts, TimeSpan budget)
    {
        var clock = Stopwatch.StartNew();
        byte[] current = input;
        int attempts = 0;
        int chunk = Math.Max(1, current.Length / 2);
        while (attempts < maxAttempts && clock.Elapsed < budget)
        {
            bool removed = false;
            for (int start = 0; start < current.Length && attempts < maxAttempts && clock.Elapsed < budget;)
            {
                int length = Math.Min(chunk, current.Length - start);
                byte[] candidate = [.. current.AsSpan(0, start), .. current.AsSpan(start + length)];
                attempts++;
                if (stillFails(candidate))
                {
                    current = candidate;
                    removed = true;
                }
                else
                {
                    start += length;
                }
            }

            if (!removed)
            {
                if (chunk == 1)
                {
                    break;
                }

                chunk /= 2;
            }
        }

        return current;
    }
}
