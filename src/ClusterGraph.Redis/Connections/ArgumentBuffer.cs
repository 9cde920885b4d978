using System.Runtime.CompilerServices;
using ClusterGraph.Redis.Protocol;

namespace ClusterGraph.Redis.Connections;

/// <summary>Stack room for the arguments of a command with optional parts (SET key value PX ms NX).</summary>
[InlineArray(8)]
internal struct ArgumentBuffer
{
    private RedisArgument _first;
}
