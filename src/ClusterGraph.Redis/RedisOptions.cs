using System.Net.Security;
using ClusterGraph.Redis.Protocol;

namespace ClusterGraph.Redis;

/// <summary>Where and how to connect. Validated when a <see cref="RedisClient"/> is created.</summary>
public sealed class RedisOptions
{
    /// <summary>Host name or IP address of the server.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>TCP port of the server.</summary>
    public int Port { get; set; } = 6379;

    /// <summary>ACL user name; null authenticates the <c>default</c> user with <see cref="Password"/> alone.</summary>
    public string? User { get; set; }

    /// <summary>Password (<c>requirepass</c> or the ACL user's); null sends no AUTH.</summary>
    public string? Password { get; set; }

    /// <summary>Logical database selected on every connection (0-15 on a default server).</summary>
    public int Database { get; set; }

    /// <summary>Protocol to negotiate; RESP3 needs Redis 6 or later.</summary>
    public RespProtocol Protocol { get; set; } = RespProtocol.Resp3;

    /// <summary>Name shown by <c>CLIENT LIST</c>; null sets none.</summary>
    public string? ClientName { get; set; }

    /// <summary>Wrap the connection in TLS.</summary>
    public bool UseTls { get; set; }

    /// <summary>Name the server's certificate must carry (and SNI); defaults to <see cref="Host"/>.</summary>
    public string? TlsHostName { get; set; }

    /// <summary>Custom certificate check (e.g. a private CA); null uses the platform's validation.</summary>
    public RemoteCertificateValidationCallback? RemoteCertificateValidation { get; set; }

    /// <summary>Time allowed for TCP connect, TLS and the handshake (HELLO/AUTH/SELECT) together.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Time a command may wait for its reply before it fails with <see cref="RedisTimeoutException"/>.</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Number of multiplexed connections commands are spread over (round robin).</summary>
    public int ConnectionCount { get; set; } = 1;

    /// <summary>Commands in flight per connection; beyond this, calls fail at once instead of queueing.</summary>
    public int MaxPendingCommands { get; set; } = 65_536;

    /// <summary>First reconnect delay; doubles per failed attempt (with jitter) up to <see cref="ReconnectMaxDelay"/>.</summary>
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Longest delay between reconnect attempts.</summary>
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Bounds on replies, against a broken or hostile server.</summary>
    public RespReaderLimits ReaderLimits { get; set; } = RespReaderLimits.Default;

    /// <summary>"host:port" for messages.</summary>
    public string EndpointText => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";

    /// <summary>Every problem with these options; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Host))
        {
            errors.Add("RedisOptions.Host is required.");
        }

        if (Port is < 1 or > 65535)
        {
            errors.Add($"RedisOptions.Port must be between 1 and 65535 (was {Port}).");
        }

        if (Database < 0)
        {
            errors.Add($"RedisOptions.Database must not be negative (was {Database}).");
        }

        if (User is not null && Password is null)
        {
            errors.Add("RedisOptions.User needs a Password.");
        }

        if (User is not null && User.Length == 0)
        {
            errors.Add("RedisOptions.User must not be empty (use null for the default user).");
        }

        if (Protocol is not (RespProtocol.Resp2 or RespProtocol.Resp3))
        {
            errors.Add($"RedisOptions.Protocol must be Resp2 or Resp3 (was {Protocol}).");
        }

        CheckPositive(errors, nameof(ConnectTimeout), ConnectTimeout);
        CheckPositive(errors, nameof(CommandTimeout), CommandTimeout);
        CheckPositive(errors, nameof(ReconnectBaseDelay), ReconnectBaseDelay);
        if (ReconnectMaxDelay < ReconnectBaseDelay)
        {
            errors.Add("RedisOptions.ReconnectMaxDelay must not be shorter than ReconnectBaseDelay.");
        }

        if (ConnectionCount is < 1 or > 64)
        {
            errors.Add($"RedisOptions.ConnectionCount must be between 1 and 64 (was {ConnectionCount}).");
        }

        if (MaxPendingCommands < 1)
        {
            errors.Add($"RedisOptions.MaxPendingCommands must be positive (was {MaxPendingCommands}).");
        }

        if (ReaderLimits is null)
        {
            errors.Add("RedisOptions.ReaderLimits is required.");
        }
        else
        {
            errors.AddRange(ReaderLimits.Validate());
        }

        return errors;
    }

    internal void ThrowIfInvalid()
    {
        IReadOnlyList<string> errors = Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid Redis options: " + string.Join(" ", errors));
        }
    }

    private static void CheckPositive(List<string> errors, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero || value > TimeSpan.FromDays(1))
        {
            errors.Add($"RedisOptions.{name} must be positive and at most a day (was {value}).");
        }
    }
}
