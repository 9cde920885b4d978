using Microsoft.Extensions.Options;

namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>Refuses settings the cache cannot work with, with one message per problem.</summary>
public sealed class ResponseCacheOptionsValidator : IValidateOptions<ResponseCacheOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ResponseCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.TimeToLive <= TimeSpan.Zero || options.TimeToLive > TimeSpan.FromDays(1))
        {
            failures.Add($"{nameof(ResponseCacheOptions.TimeToLive)} must be more than zero and at most one day (was {options.TimeToLive}).");
        }

        if (options.MaxEntryBytes < 1)
        {
            failures.Add($"{nameof(ResponseCacheOptions.MaxEntryBytes)} must be positive (was {options.MaxEntryBytes}).");
        }

        if (options.MemoryCacheSizeLimit < options.MaxEntryBytes)
        {
            failures.Add($"{nameof(ResponseCacheOptions.MemoryCacheSizeLimit)} ({options.MemoryCacheSizeLimit}) must be at least {nameof(ResponseCacheOptions.MaxEntryBytes)} ({options.MaxEntryBytes}).");
        }

        if (options.RedisCommandTimeout <= TimeSpan.Zero || options.RedisCommandTimeout > TimeSpan.FromSeconds(30))
        {
            failures.Add($"{nameof(ResponseCacheOptions.RedisCommandTimeout)} must be more than zero and at most 30 s (was {options.RedisCommandTimeout}).");
        }

        if (options.RedisBreakDuration <= TimeSpan.Zero)
        {
            failures.Add($"{nameof(ResponseCacheOptions.RedisBreakDuration)} must be more than zero (was {options.RedisBreakDuration}).");
        }

        if (string.IsNullOrEmpty(options.RedisKeyPrefix))
        {
            failures.Add($"{nameof(ResponseCacheOptions.RedisKeyPrefix)} must not be empty.");
        }

        if (string.IsNullOrEmpty(options.VersionChannel))
        {
            failures.Add($"{nameof(ResponseCacheOptions.VersionChannel)} must not be empty.");
        }

        if (options.CallerRole is null)
        {
            failures.Add($"{nameof(ResponseCacheOptions.CallerRole)} must be set.");
        }

        if (options.DocumentMemoCapacity < 0)
        {
            failures.Add($"{nameof(ResponseCacheOptions.DocumentMemoCapacity)} must not be negative (was {options.DocumentMemoCapacity}).");
        }

        if (!options.UseMemoryCache && !options.UseRedis)
        {
            failures.Add($"Both {nameof(ResponseCacheOptions.UseMemoryCache)} and {nameof(ResponseCacheOptions.UseRedis)} are off: nothing would be cached; leave the cache out instead.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
