namespace ClusterGraph.Fuzz.Tests.Harness;

/// <summary>
/// Byte-level mutations in the manner of AFL/libFuzzer's havoc stage: flips, interesting bytes, deleted,
/// duplicated and repeated ranges (the repetition grows nesting and list bombs), dictionary tokens, and
/// splices with another corpus entry. One call applies one to four of them.
/// </summary>
internal static class Mutator
{
    private static readonly byte[] s_interestingBytes =
        [0x00, 0x09, 0x0A, 0x0D, 0x20, 0x22, 0x24, 0x2C, 0x2E, 0x3A, 0x40, 0x5B, 0x5C, 0x5D, 0x7B, 0x7D, 0x7F, 0x80, 0xBF, 0xC0, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xFF];

    public static byte[] Mutate(Random random, byte[] input, IReadOnlyList<byte[]> dictionary, IReadOnlyList<byte[]> corpus, int maxLength)
    {
        var data = new List<byte>(input);
        int steps = 1 + random.Next(4);
        for (int step = 0; step < steps; step++)
        {
            MutateOnce(random, data, dictionary, corpus);
            if (data.Count > maxLength)
            {
                data.RemoveRange(maxLength, data.Count - maxLength);
            }
        }

        return [.. data];
    }

    private static void MutateOnce(Random random, List<byte> data, IReadOnlyList<byte[]> dictionary, IReadOnlyList<byte[]> corpus)
    {
        int position = random.Next(data.Count + 1);
        switch (random.Next(9))
        {
            case 0 when data.Count > 0:
                data[Math.Min(position, data.Count - 1)] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[Math.Min(position, data.Count - 1)] = s_interestingBytes[random.Next(s_interestingBytes.Length)];
                break;
            case 2 when data.Count > 0:
                data.RemoveRange(Math.Min(position, data.Count - 1), Math.Min(1 + random.Next(16), data.Count - Math.Min(position, data.Count - 1)));
                break;
            case 3 when data.Count > 0:
                RepeatRange(random, data, position);
                break;
            case 4 or 5 when dictionary.Count > 0:
                data.InsertRange(position, dictionary[random.Next(dictionary.Count)]);
                break;
            case 6 when corpus.Count > 0:
                byte[] other = corpus[random.Next(corpus.Count)];
                int from = random.Next(other.Length + 1);
                data.RemoveRange(position, data.Count - position);
                data.AddRange(other.AsSpan(from).ToArray());
                break;
            case 7:
                data.Insert(position, (byte)random.Next(256));
                break;
            default:
                data.Insert(position, (byte)random.Next(0x20, 0x7F));
                break;
        }
    }

    /// <summary>Copies a short range and inserts it once or many times: nesting and repetition grow fast this way.</summary>
    private static void RepeatRange(Random random, List<byte> data, int position)
    {
        int start = Math.Min(position, data.Count - 1);
        int length = Math.Min(1 + random.Next(24), data.Count - start);
        byte[] range = data.GetRange(start, length).ToArray();
        int times = random.Next(4) == 0 ? 1 + random.Next(200) : 1 + random.Next(3);
        for (int i = 0; i < times; i++)
        {
            data.InsertRange(start, range);
        }
    }
}
