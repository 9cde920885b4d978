using System.Buffers;
using System.Diagnostics;
using ClusterGraph.Redis.Connections;
using ClusterGraph.Redis.Protocol;

namespace ClusterGraph.Redis;

/// <summary>The typed commands the product uses; anything else goes through <see cref="ExecuteAsync"/>.</summary>
public sealed partial class RedisClient
{
    private static readonly RedisArgument s_ping = RedisArgument.FromString("PING");
    private static readonly RedisArgument s_get = RedisArgument.FromString("GET");
    private static readonly RedisArgument s_set = RedisArgument.FromString("SET");
    private static readonly RedisArgument s_px = RedisArgument.FromString("PX");
    private static readonly RedisArgument s_nx = RedisArgument.FromString("NX");
    private static readonly RedisArgument s_xx = RedisArgument.FromString("XX");
    private static readonly RedisArgument s_mget = RedisArgument.FromString("MGET");
    private static readonly RedisArgument s_del = RedisArgument.FromString("DEL");
    private static readonly RedisArgument s_unlink = RedisArgument.FromString("UNLINK");
    private static readonly RedisArgument s_expire = RedisArgument.FromString("EXPIRE");
    private static readonly RedisArgument s_pexpire = RedisArgument.FromString("PEXPIRE");
    private static readonly RedisArgument s_publish = RedisArgument.FromString("PUBLISH");
    private static readonly RedisArgument s_info = RedisArgument.FromString("INFO");
    private static readonly RedisArgument s_script = RedisArgument.FromString("SCRIPT");
    private static readonly RedisArgument s_load = RedisArgument.FromString("LOAD");
    private static readonly RedisArgument s_evalsha = RedisArgument.FromString("EVALSHA");

    /// <summary>PING; returns the round-trip time.</summary>
    public async Task<TimeSpan> PingAsync(CancellationToken cancellationToken = default)
    {
        long start = Stopwatch.GetTimestamp();
        RespValue reply = await ExecuteAsync([s_ping], cancellationToken).ConfigureAwait(false);
        if (reply.Type != RespType.SimpleString || !reply.Bytes.SequenceEqual("PONG"u8))
        {
            throw new RedisProtocolException($"PING was answered with {reply} instead of PONG.");
        }

        return Stopwatch.GetElapsedTime(start);
    }

    /// <summary>GET; null when the key does not exist.</summary>
    public Task<byte[]?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        AsBytes(ExecuteAsync([s_get, key], cancellationToken));

    /// <summary>GET decoded as UTF-8; null when the key does not exist.</summary>
    public Task<string?> GetStringAsync(string key, CancellationToken cancellationToken = default) =>
        AsString(ExecuteAsync([s_get, key], cancellationToken));

    /// <summary>SET with optional PX expiry and NX/XX; false when the condition kept it from writing.</summary>
    public Task<bool> SetAsync(string key, ReadOnlyMemory<byte> value, TimeSpan? expiry = null, SetCondition condition = SetCondition.Always, CancellationToken cancellationToken = default) =>
        SetCore(key, RedisArgument.FromBytes(value), expiry, condition, cancellationToken);

    /// <summary>SET of UTF-8 text; see <see cref="SetAsync(string, ReadOnlyMemory{byte}, TimeSpan?, SetCondition, CancellationToken)"/>.</summary>
    public Task<bool> SetAsync(string key, string value, TimeSpan? expiry = null, SetCondition condition = SetCondition.Always, CancellationToken cancellationToken = default) =>
        SetCore(key, RedisArgument.FromString(value), expiry, condition, cancellationToken);

    /// <summary>MGET; one entry per key, null where a key does not exist.</summary>
    public Task<byte[]?[]> MGetAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfZero(keys.Count);
        Task<RespValue> reply = WithKeys(s_mget, keys, cancellationToken);
        return AsBytesArray(reply);
    }

    /// <summary>DEL; returns how many keys existed.</summary>
    public Task<long> DelAsync(params IReadOnlyList<string> keys) => DelAsync(keys, CancellationToken.None);

    /// <summary>DEL; returns how many keys existed.</summary>
    public Task<long> DelAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        AsInteger(WithKeys(s_del, keys, cancellationToken));

    /// <summary>UNLINK (DEL that frees memory in the background); returns how many keys existed.</summary>
    public Task<long> UnlinkAsync(params IReadOnlyList<string> keys) => UnlinkAsync(keys, CancellationToken.None);

    /// <summary>UNLINK; returns how many keys existed.</summary>
    public Task<long> UnlinkAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        AsInteger(WithKeys(s_unlink, keys, cancellationToken));

    /// <summary>EXPIRE in whole seconds; false when the key does not exist.</summary>
    public Task<bool> ExpireAsync(string key, long seconds, CancellationToken cancellationToken = default) =>
        AsFlag(ExecuteAsync([s_expire, key, seconds], cancellationToken));

    /// <summary>PEXPIRE; false when the key does not exist.</summary>
    public Task<bool> PExpireAsync(string key, TimeSpan ttl, CancellationToken cancellationToken = default) =>
        AsFlag(ExecuteAsync([s_pexpire, key, (long)Math.Ceiling(ttl.TotalMilliseconds)], cancellationToken));

    /// <summary>PUBLISH; returns how many subscribers received it.</summary>
    public Task<long> PublishAsync(string channel, ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default) =>
        AsInteger(ExecuteAsync([s_publish, channel, message], cancellationToken));

    /// <summary>PUBLISH of UTF-8 text.</summary>
    public Task<long> PublishAsync(string channel, string message, CancellationToken cancellationToken = default) =>
        AsInteger(ExecuteAsync([s_publish, channel, message], cancellationToken));

    /// <summary>INFO [section]; the server's text.</summary>
    public Task<string> InfoAsync(string? section = null, CancellationToken cancellationToken = default) =>
        AsRequiredString(section is null ? ExecuteAsync([s_info], cancellationToken) : ExecuteAsync([s_info, section], cancellationToken));

    /// <summary>SCRIPT LOAD; returns the script's SHA1.</summary>
    public Task<string> ScriptLoadAsync(string script, CancellationToken cancellationToken = default) =>
        AsRequiredString(ExecuteAsync([s_script, s_load, script], cancellationToken));

    /// <summary>EVALSHA sha numkeys keys... args...; throws <see cref="RedisServerException"/> with code NOSCRIPT when the server lost it.</summary>
    public Task<RespValue> EvalShaAsync(string sha, ReadOnlySpan<RedisArgument> keys, ReadOnlySpan<RedisArgument> arguments, CancellationToken cancellationToken = default)
    {
        int count = 3 + keys.Length + arguments.Length;
        RedisArgument[] command = ArrayPool<RedisArgument>.Shared.Rent(count);
        try
        {
            command[0] = s_evalsha;
            command[1] = sha;
            command[2] = keys.Length;
            keys.CopyTo(command.AsSpan(3));
            arguments.CopyTo(command.AsSpan(3 + keys.Length));
            return ExecuteAsync(command.AsSpan(0, count), cancellationToken);
        }
        finally
        {
            ArrayPool<RedisArgument>.Shared.Return(command, clearArray: true);
        }
    }

    private Task<bool> SetCore(string key, RedisArgument value, TimeSpan? expiry, SetCondition condition, CancellationToken cancellationToken)
    {
        var buffer = default(ArgumentBuffer);
        Span<RedisArgument> command = buffer;
        command[0] = s_set;
        command[1] = key;
        command[2] = value;
        int count = 3;
        if (expiry is TimeSpan ttl)
        {
            long milliseconds = (long)Math.Ceiling(ttl.TotalMilliseconds);
            if (milliseconds <= 0)
            {
                return Task.FromException<bool>(new ArgumentOutOfRangeException(nameof(expiry), expiry, "An expiry must be positive."));
            }

            command[count++] = s_px;
            command[count++] = milliseconds;
        }

        switch (condition)
        {
            case SetCondition.IfNotExists:
                command[count++] = s_nx;
                break;
            case SetCondition.IfExists:
                command[count++] = s_xx;
                break;
        }

        return AsSetResult(ExecuteAsync(command[..count], cancellationToken));
    }

    private Task<RespValue> WithKeys(RedisArgument name, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        RedisArgument[] command = ArrayPool<RedisArgument>.Shared.Rent(keys.Count + 1);
        try
        {
            command[0] = name;
            for (int i = 0; i < keys.Count; i++)
            {
                command[i + 1] = keys[i];
            }

            // The command is written to the buffer before ExecuteAsync returns, so the array can go back now.
            return ExecuteAsync(command.AsSpan(0, keys.Count + 1), cancellationToken);
        }
        finally
        {
            ArrayPool<RedisArgument>.Shared.Return(command, clearArray: true);
        }
    }

    private static async Task<byte[]?> AsBytes(Task<RespValue> reply) => (await reply.ConfigureAwait(false)).ToByteArray();

    private static async Task<string?> AsString(Task<RespValue> reply) => (await reply.ConfigureAwait(false)).AsString();

    private static async Task<string> AsRequiredString(Task<RespValue> reply) =>
        (await reply.ConfigureAwait(false)).AsString() ?? throw new RedisProtocolException("Expected text, the server answered null.");

    private static async Task<long> AsInteger(Task<RespValue> reply) => (await reply.ConfigureAwait(false)).Integer;

    private static async Task<bool> AsFlag(Task<RespValue> reply) => (await reply.ConfigureAwait(false)).Integer == 1;

    private static async Task<bool> AsSetResult(Task<RespValue> reply) => !(await reply.ConfigureAwait(false)).IsNull;

    private static async Task<byte[]?[]> AsBytesArray(Task<RespValue> reply)
    {
        RespValue value = await reply.ConfigureAwait(false);
        ReadOnlySpan<RespValue> elements = value.Elements;
        var result = new byte[]?[elements.Length];
        for (int i = 0; i < elements.Length; i++)
        {
            result[i] = elements[i].ToByteArray();
        }

        return result;
    }
}
