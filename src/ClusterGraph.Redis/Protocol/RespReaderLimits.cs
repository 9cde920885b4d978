namespace ClusterGraph.Redis.Protocol;

/// <summary>
/// Bounds on what the reader accepts, so a hostile or broken server can neither exhaust the stack
/// (nesting) nor the heap (lengths). Exceeding any of them is a <see cref="RedisProtocolException"/>.
/// </summary>
public sealed class RespReaderLimits
{
    /// <summary>The limits used when none are given.</summary>
    public static RespReaderLimits Default { get; } = new();

    /// <summary>Maximum nesting of aggregates (arrays, maps, sets, pushes, attributes). A flat reply has depth 1.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Maximum length of one bulk string, bulk error or verbatim string, in bytes.</summary>
    public long MaxBulkLength { get; init; } = 64L * 1024 * 1024;

    /// <summary>Maximum element count of one aggregate (a map counts its pairs).</summary>
    public int MaxAggregateLength { get; init; } = 1024 * 1024;

    /// <summary>Maximum length of a simple line (simple string, error, number), CRLF excluded.</summary>
    public int MaxLineLength { get; init; } = 64 * 1024;

    /// <summary>Maximum size of one buffered frame; a frame still incomplete beyond this is refused.</summary>
    public long MaxFrameBytes { get; init; } = 256L * 1024 * 1024;

    internal IEnumerable<string> Validate()
    {
        if (MaxDepth is < 1 or > 1000)
        {
            yield return "RespReaderLimits.MaxDepth must be between 1 and 1000.";
        }

        if (MaxBulkLength < 1)
        {
            yield return "RespReaderLimits.MaxBulkLength must be positive.";
        }

        if (MaxAggregateLength < 1)
        {
            yield return "RespReaderLimits.MaxAggregateLength must be positive.";
        }

        if (MaxLineLength < 32)
        {
            yield return "RespReaderLimits.MaxLineLength must be at least 32.";
        }

        if (MaxFrameBytes < MaxLineLength)
        {
            yield return "RespReaderLimits.MaxFrameBytes must be at least MaxLineLength.";
        }
    }
}
