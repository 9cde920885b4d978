namespace ClusterGraph.Redis;

/// <summary>
/// No connection to the server: it could not be made, it was lost while the command was in flight, or
/// the client is reconnecting and fails fast instead of queueing. Whether a command that was in flight
/// ran on the server is unknown.
/// </summary>
public sealed class RedisConnectionException : RedisException
{
    public RedisConnectionException()
    {
    }

    public RedisConnectionException(string message)
        : base(message)
    {
    }

    public RedisConnectionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
