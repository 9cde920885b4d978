using ClusterGraph.Api.Hosting;
using Microsoft.Extensions.Options;

namespace ClusterGraph.Api.Writes;

/// <summary>One committed (or refused) write: who, when, what.</summary>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Role, string Operation, IReadOnlyList<string> Ids, string? Version, bool Succeeded);

/// <summary>
/// The audit trail of writes, newest last, bounded (oldest entries drop first) and also written to
/// the log, which is where a deployment keeps it for good.
/// </summary>
public sealed class AuditTrail(IOptions<ClusterGraphOptions> options, ILogger<AuditTrail> logger)
{
    private readonly int _capacity = options.Value.AuditTrailCapacity;
    private readonly LinkedList<AuditEntry> _entries = new();
    private readonly Lock _lock = new();

    public void Record(AuditEntry entry)
    {
        logger.LogInformation(
            "Audit: {Actor} ({Role}) {Operation} {Ids} -> version {Version}, succeeded {Succeeded}",
            entry.Actor, entry.Role, entry.Operation, string.Join(',', entry.Ids), entry.Version, entry.Succeeded);
        if (_capacity == 0)
        {
            return;
        }

        lock (_lock)
        {
            _entries.AddLast(entry);
            if (_entries.Count > _capacity)
            {
                _entries.RemoveFirst();
            }
        }
    }

    /// <summary>The newest <paramref name="count"/> entries, newest first.</summary>
    public IReadOnlyList<AuditEntry> Newest(int count)
    {
        lock (_lock)
        {
            var result = new List<AuditEntry>(Math.Min(count, _entries.Count));
            for (LinkedListNode<AuditEntry>? node = _entries.Last; node is not null && result.Count < count; node = node.Previous)
            {
                result.Add(node.Value);
            }

            return result;
        }
    }
}
