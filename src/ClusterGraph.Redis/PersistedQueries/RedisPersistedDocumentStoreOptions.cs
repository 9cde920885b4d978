namespace ClusterGraph.Redis.PersistedQueries;

/// <summary>Settings of <see cref="RedisPersistedDocumentStore"/>.</summary>
public sealed class RedisPersistedDocumentStoreOptions
{
    /// <summary>Prefix of the documents' Redis keys (followed by the hash).</summary>
    public string KeyPrefix { get; set; } = "cg:apq:";

    /// <summary>How long Redis keeps a registered document (null: until deleted). APQ clients register again when one is gone.</summary>
    public TimeSpan? TimeToLive { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How many documents each replica also keeps in process, so hot documents cost no round trip and survive a Redis outage.</summary>
    public int LocalCapacity { get; set; } = 10_000;

    /// <summary>How long one Redis command may take before Redis is treated as failing.</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>After a failure, how long Redis is skipped before one request probes it again.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The problems with these settings (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var failures = new List<string>();
        if (string.IsNullOrEmpty(KeyPrefix))
        {
            failures.Add($"{nameof(KeyPrefix)} must not be empty.");
        }

        if (TimeToLive is { } ttl && ttl < TimeSpan.FromSeconds(1))
        {
            failures.Add($"{nameof(TimeToLive)} must be at least one second, or null for no expiry (was {ttl}).");
        }

        if (LocalCapacity < 1)
        {
            failures.Add($"{nameof(LocalCapacity)} must be positive (was {LocalCapacity}).");
        }

        if (CommandTimeout <= TimeSpan.Zero || CommandTimeout > TimeSpan.FromSeconds(30))
        {
            failures.Add($"{nameof(CommandTimeout)} must be more than zero and at most 30 s (was {CommandTimeout}).");
        }

        if (BreakDuration <= TimeSpan.Zero)
        {
            failures.Add($"{nameof(BreakDuration)} must be more than zero (was {BreakDuration}).");
        }

        return failures;
    }
}
