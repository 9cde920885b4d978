using ClusterGraph.Redis.Protocol;

namespace ClusterGraph.Redis;

/// <summary>
/// A Lua script run with EVALSHA. The SHA comes from SCRIPT LOAD on first use; when the server answers
/// NOSCRIPT (it restarted, or SCRIPT FLUSH ran) the script is loaded again and the call retried once.
/// </summary>
public sealed class RedisScript(string text)
{
    private volatile string? _sha;

    public string Text { get; } = text;

    public async Task<RespValue> EvaluateAsync(RedisClient client, RedisArgument[] keys, RedisArgument[] arguments, CancellationToken cancellationToken = default)
    {
        string sha = _sha ?? await LoadAsync(client, cancellationToken).ConfigureAwait(false);
        try
        {
            return await client.EvalShaAsync(sha, keys, arguments, cancellationToken).ConfigureAwait(false);
        }
        catch (RedisServerException ex) when (ex.ErrorCode == "NOSCRIPT")
        {
            sha = await LoadAsync(client, cancellationToken).ConfigureAwait(false);
            return await client.EvalShaAsync(sha, keys, arguments, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<string> LoadAsync(RedisClient client, CancellationToken cancellationToken)
    {
        string sha = await client.ScriptLoadAsync(Text, cancellationToken).ConfigureAwait(false);
        _sha = sha;
        return sha;
    }
}
