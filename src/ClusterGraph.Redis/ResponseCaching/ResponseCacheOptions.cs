using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>Settings of the GraphQL response cache (validated at start by <see cref="ResponseCacheOptionsValidator"/>).</summary>
public sealed class ResponseCacheOptions
{
    /// <summary>How long an entry may be served after it was computed (also the Redis key's expiry).</summary>
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Keep entries in process (L1). Off: every hit goes to Redis (for measuring L2 alone).</summary>
    public bool UseMemoryCache { get; set; } = true;

    /// <summary>The most bytes of serialized responses the in-process cache holds; the least recently used go first.</summary>
    public long MemoryCacheSizeLimit { get; set; } = 64L * 1024 * 1024;

    /// <summary>Responses larger than this (serialized) are not cached at all.</summary>
    public int MaxEntryBytes { get; set; } = 1024 * 1024;

    /// <summary>Use Redis (L2, shared by replicas) when a <see cref="RedisClient"/> is registered.</summary>
    public bool UseRedis { get; set; } = true;

    /// <summary>
    /// How long the cache waits for one Redis command before treating Redis as failing. Short on purpose:
    /// a stalled Redis must not stall reads, which the store can always answer.
    /// </summary>
    public TimeSpan RedisCommandTimeout { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>After a Redis failure, how long the cache skips Redis before one request probes it again.</summary>
    public TimeSpan RedisBreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Prefix of the cache's Redis keys.</summary>
    public string RedisKeyPrefix { get; set; } = "cg:rc:";

    /// <summary>The channel on which data-version bumps are published to every replica.</summary>
    public string VersionChannel { get; set; } = "cg:rc:version";

    /// <summary>
    /// The caller's partition of the cache: answers are shared only between callers with the same value.
    /// The default is the caller's sorted roles (<c>anonymous</c> when not signed in); set it to the user id
    /// when resolvers return per-user data.
    /// </summary>
    public Func<HttpContext, string> CallerRole { get; set; } = DefaultCallerRole;

    /// <summary>
    /// Adds <c>extensions.cache</c> (<c>status</c> hit/miss, <c>source</c>, <c>age</c> in seconds) to cached
    /// answers and <c>Cache-Control: private, max-age</c> / <c>Age</c> headers. Off in production:
    /// with it off a hit writes exactly the bytes of the original answer.
    /// </summary>
    public bool Debug { get; set; }

    /// <summary>How many distinct document texts the cache remembers parsed (documents longer than 64 KiB are parsed every time).</summary>
    public int DocumentMemoCapacity { get; set; } = 1024;

    /// <summary>The default <see cref="CallerRole"/>: <c>anonymous</c>, or <c>roles:</c> and the sorted role claims.</summary>
    public static string DefaultCallerRole(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ClaimsPrincipal user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return "anonymous";
        }

        var roles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (ClaimsIdentity identity in user.Identities)
        {
            foreach (Claim claim in identity.FindAll(identity.RoleClaimType))
            {
                roles.Add(claim.Value);
            }
        }

        return "roles:" + string.Join(',', roles);
    }
}
