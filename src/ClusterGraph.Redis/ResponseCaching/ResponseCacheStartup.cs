using Microsoft.Extensions.Hosting;

namespace ClusterGraph.Redis.ResponseCaching;

/// <summary>Creates the cache when the host starts, so the version channel is subscribed before the first request.</summary>
internal sealed class ResponseCacheStartup(ResponseCache cache) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await cache.WhenSubscribed.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A slow Redis must not hold the host's start: the subscription completes in the background.
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
