namespace ClusterGraph.Redis.Protocol;

/// <summary>The protocol version negotiated on connect.</summary>
public enum RespProtocol
{
    /// <summary>RESP2: <c>AUTH</c> then <c>SELECT</c>; works with every Redis version.</summary>
    Resp2 = 2,

    /// <summary>RESP3: <c>HELLO 3 AUTH …</c> (Redis 6+); pub/sub messages arrive as push frames.</summary>
    Resp3 = 3,
}
