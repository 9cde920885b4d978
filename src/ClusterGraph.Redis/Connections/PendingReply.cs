using ClusterGraph.Redis.Protocol;

namespace ClusterGraph.Redis.Connections;

/// <summary>
/// A command waiting for its reply. It stays queued after a timeout or cancellation, because the
/// server still answers it and replies are matched strictly in order.
/// </summary>
internal sealed class PendingReply(long deadline) : TaskCompletionSource<RespValue>(TaskCreationOptions.RunContinuationsAsynchronously)
{
    /// <summary>When the reply is overdue, in <see cref="Environment.TickCount64"/> milliseconds.</summary>
    public long Deadline { get; } = deadline;
}
