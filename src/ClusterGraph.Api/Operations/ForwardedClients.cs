using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace ClusterGraph.Api.Operations;

/// <summary>
/// The client address behind a reverse proxy: X-Forwarded-For is honoured only on requests whose peer is a
/// configured proxy (<see cref="ProxySettings"/>), and only for the hops those proxies vouch for. With no proxy
/// configured the header is ignored entirely, so nobody can choose the IP their budget is charged to.
/// </summary>
internal static class ForwardedClients
{
    public static void AddForwardedClients(IServiceCollection services)
    {
        services.AddOptions<ProxySettings>()
            .BindConfiguration(ProxySettings.SectionName)
            .Validate(s => s.Problems().Count == 0, "ClusterGraph:ForwardedHeaders lists an address or network that does not parse.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxySettings>>((options, proxies) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            // No forward limit: the middleware walks X-Forwarded-For from the right and stops at the first hop
            // that is not a known proxy, which is exactly the part of the header that can be trusted.
            options.ForwardLimit = null;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (string proxy in proxies.Value.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (string network in proxies.Value.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
    }

    public static void UseForwardedClients(WebApplication app)
    {
        ProxySettings proxies = app.Services.GetRequiredService<IOptions<ProxySettings>>().Value;
        if (proxies.KnownProxies.Count > 0 || proxies.KnownNetworks.Count > 0)
        {
            // With empty lists the middleware would trust every peer, so it is only added when proxies are named.
            app.UseForwardedHeaders();
        }
    }
}

/// <summary>Reverse proxies whose X-Forwarded-For is believed (configuration section <c>ClusterGraph:ForwardedHeaders</c>).</summary>
public sealed class ProxySettings
{
    /// <summary>The configuration section these settings bind to.</summary>
    public const string SectionName = "ClusterGraph:ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR form, e.g. <c>10.0.0.0/24</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>The entries that do not parse.</summary>
    public IReadOnlyList<string> Problems() =>
        [.. KnownProxies.Where(p => !IPAddress.TryParse(p, out _)), .. KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _))];
}
