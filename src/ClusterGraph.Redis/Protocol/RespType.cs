namespace ClusterGraph.Redis.Protocol;

/// <summary>The kind of a RESP value. The RESP2 null bulk string and null array both read as <see cref="Null"/>.</summary>
public enum RespType : byte
{
    /// <summary><c>+OK\r\n</c></summary>
    SimpleString,

    /// <summary><c>-ERR message\r\n</c></summary>
    Error,

    /// <summary><c>:42\r\n</c></summary>
    Integer,

    /// <summary><c>$3\r\nfoo\r\n</c></summary>
    BulkString,

    /// <summary><c>*2\r\n...</c></summary>
    Array,

    /// <summary>RESP3 <c>_\r\n</c>, RESP2 <c>$-1\r\n</c> and <c>*-1\r\n</c>.</summary>
    Null,

    /// <summary>RESP3 <c>#t\r\n</c>.</summary>
    Boolean,

    /// <summary>RESP3 <c>,3.14\r\n</c>, including <c>inf</c>, <c>-inf</c> and <c>nan</c>.</summary>
    Double,

    /// <summary>RESP3 <c>(12345678901234567890\r\n</c>.</summary>
    BigNumber,

    /// <summary>RESP3 <c>!21\r\nSYNTAX invalid syntax\r\n</c>.</summary>
    BulkError,

    /// <summary>RESP3 <c>=15\r\ntxt:Some string\r\n</c>.</summary>
    VerbatimString,

    /// <summary>RESP3 <c>%2\r\n</c> followed by key/value pairs.</summary>
    Map,

    /// <summary>RESP3 <c>~3\r\n...</c></summary>
    Set,

    /// <summary>RESP3 out-of-band <c>&gt;3\r\n...</c> (pub/sub messages, invalidations).</summary>
    Push,
}
