using ClusterGraph.Redis.Protocol;

namespace ClusterGraph.Redis.Tests.Infrastructure;

/// <summary>Deep structural comparison of two RESP values (type, payload, elements, attributes).</summary>
internal static class RespAssert
{
    private const int MaxDepth = 200;

    public static void Equal(RespValue expected, RespValue actual) => Compare(expected, actual, "$", 0);

    private static void Compare(RespValue expected, RespValue actual, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException("Values nest too deeply to compare.");
        }

        Assert.True(expected.Type == actual.Type, $"{path}: expected {expected.Type}, got {actual.Type} ({actual})");
        CompareElements(expected.Attributes, actual.Attributes, path + ".attributes", depth);
        switch (expected.Type)
        {
            case RespType.Null:
                break;
            case RespType.Integer:
                Assert.True(expected.Integer == actual.Integer, $"{path}: expected {expected.Integer}, got {actual.Integer}");
                break;
            case RespType.Boolean:
                Assert.True(expected.Boolean == actual.Boolean, $"{path}: expected {expected.Boolean}, got {actual.Boolean}");
                break;
            case RespType.Double:
                bool same = double.IsNaN(expected.Double)
                    ? double.IsNaN(actual.Double)
                    : expected.Double.Equals(actual.Double);
                Assert.True(same, $"{path}: expected {expected.Double}, got {actual.Double}");
                break;
            case RespType.Array or RespType.Set or RespType.Push or RespType.Map:
                CompareElements(expected.Elements, actual.Elements, path, depth);
                break;
            case RespType.VerbatimString:
                Assert.Equal(expected.VerbatimFormat, actual.VerbatimFormat);
                Assert.True(expected.Bytes.SequenceEqual(actual.Bytes), $"{path}: expected {expected}, got {actual}");
                break;
            default:
                Assert.True(expected.Bytes.SequenceEqual(actual.Bytes), $"{path}: expected {expected}, got {actual}");
                break;
        }
    }

    private static void CompareElements(ReadOnlySpan<RespValue> expected, ReadOnlySpan<RespValue> actual, string path, int depth)
    {
        Assert.True(expected.Length == actual.Length, $"{path}: expected {expected.Length} elements, got {actual.Length}");
        for (int i = 0; i < expected.Length; i++)
        {
            Compare(expected[i], actual[i], $"{path}[{i}]", depth + 1);
        }
    }
}
