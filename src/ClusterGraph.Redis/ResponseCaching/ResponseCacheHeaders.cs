using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>
/// The debug headers: <c>Cache-Control: private, max-age=&lt;seconds left&gt;</c> and <c>Age</c>. Set when the
/// response starts, since the transport writes its own <c>Cache-Control: no-store</c> after execution.
/// For a batch the shortest lifetime and the oldest age win; one uncached item keeps <c>no-store</c>.
/// </summary>
internal static class ResponseCacheHeaders
{
    private static readonly object s_stateKey = new();

    public static void RecordCached(HttpContext context, TimeSpan age, TimeSpan remaining) => Record(context, age, remaining, cacheable: true);

    public static void RecordUncached(HttpContext context) => Record(context, TimeSpan.Zero, TimeSpan.Zero, cacheable: false);

    private static void Record(HttpContext context, TimeSpan age, TimeSpan remaining, bool cacheable)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        if (context.Items.TryGetValue(s_stateKey, out object? existing) && existing is State state)
        {
            state.Merge(age, remaining, cacheable);
            return;
        }

        state = new State(context);
        state.Merge(age, remaining, cacheable);
        context.Items[s_stateKey] = state;
        context.Response.OnStarting(static s => ((State)s).Apply(), state);
    }

    private sealed class State(HttpContext context)
    {
        private readonly Lock _sync = new();
        private TimeSpan _age = TimeSpan.Zero;
        private TimeSpan _remaining = TimeSpan.MaxValue;
        private bool _uncached;

        public void Merge(TimeSpan age, TimeSpan remaining, bool cacheable)
        {
            lock (_sync)
            {
                _uncached |= !cacheable;
                _age = age > _age ? age : _age;
                _remaining = remaining < _remaining ? remaining : _remaining;
            }
        }

        public Task Apply()
        {
            lock (_sync)
            {
                if (!_uncached && context.Response.StatusCode == StatusCodes.Status200OK)
                {
                    long maxAge = Math.Max(0, (long)_remaining.TotalSeconds);
                    context.Response.Headers.CacheControl = "private, max-age=" + maxAge.ToString(CultureInfo.InvariantCulture);
                    context.Response.Headers.Age = Math.Max(0, (long)_age.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }
            }

            return Task.CompletedTask;
        }
    }
}
