namespace ClusterGraph.Redis;

/// <summary>The server answered with an error reply; <see cref="Exception.Message"/> is the server's text verbatim.</summary>
public sealed class RedisServerException : RedisException
{
    public RedisServerException()
    {
        ErrorCode = string.Empty;
    }

    public RedisServerException(string message)
        : base(message)
    {
        // By convention the first word of an error is its code: ERR, WRONGPASS, NOSCRIPT, WRONGTYPE, NOAUTH...
        int space = message.IndexOf(' ', StringComparison.Ordinal);
        ErrorCode = space < 0 ? message : message[..space];
    }

    public RedisServerException(string message, Exception? innerException)
        : base(message, innerException)
    {
        ErrorCode = string.Empty;
    }

    /// <summary>The error's first word, e.g. <c>WRONGPASS</c> or <c>NOSCRIPT</c>.</summary>
    public string ErrorCode { get; }
}
