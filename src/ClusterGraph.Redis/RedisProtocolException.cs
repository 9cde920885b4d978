namespace ClusterGraph.Redis;

/// <summary>The server sent bytes that are not valid RESP, or that exceed the configured reader limits.</summary>
public sealed class RedisProtocolException : RedisException
{
    public RedisProtocolException()
    {
    }

    public RedisProtocolException(string message)
        : base(message)
    {
    }

    public RedisProtocolException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
