using System.Text;

namespace ClusterGraph.Redis.PubSub;

/// <summary>A message published on a channel.</summary>
public sealed class RedisChannelMessage(string channel, byte[] payload)
{
    public string Channel { get; } = channel;

    public ReadOnlyMemory<byte> Payload { get; } = payload;

    /// <summary>The payload decoded as UTF-8.</summary>
    public string PayloadText => Encoding.UTF8.GetString(Payload.Span);
}
