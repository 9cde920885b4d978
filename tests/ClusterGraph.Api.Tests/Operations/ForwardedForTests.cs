using System.Net;

namespace ClusterGraph.Api.Tests.Operations;

/// <summary>
/// X-Forwarded-For decides whose budget a request spends only when the peer is a configured proxy: behind
/// the trusted proxy each forwarded client has its own budget (one request an hour here).
/// </summary>
public sealed class TrustedProxyTests(TrustedProxyApi api) : IClassFixture<TrustedProxyApi>
{
    [Fact]
    public async Task Each_forwarded_client_has_its_own_budget_when_the_peer_is_a_known_proxy()
    {
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(api.Client, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync(api.Client, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(api.Client, "203.0.113.8"));

        // Hops are read from the right; the proxy vouches only for the last one, so a client-written first entry changes nothing.
        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync(api.Client, "198.51.100.1, 203.0.113.8"));

        // The proxy itself, without the header, is a client of its own.
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(api.Client, forwardedFor: null));
    }

    internal static async Task<HttpStatusCode> StatusAsync(HttpClient client, string? forwardedFor)
    {
        using HttpResponseMessage response = await GraphQLPost.SendAsync(client, GraphQLPost.Create("{ __typename }", forwardedFor: forwardedFor));
        return response.StatusCode;
    }
}

/// <summary>When the peer is not a configured proxy, X-Forwarded-For is ignored: every header value spends the peer's one budget.</summary>
public sealed class UntrustedPeerTests(OtherProxyApi api) : IClassFixture<OtherProxyApi>
{
    [Fact]
    public async Task A_forwarded_address_from_an_unknown_peer_does_not_open_a_new_budget()
    {
        Assert.Equal(HttpStatusCode.OK, await TrustedProxyTests.StatusAsync(api.Client, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await TrustedProxyTests.StatusAsync(api.Client, "203.0.113.8"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await TrustedProxyTests.StatusAsync(api.Client, "192.0.2.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await TrustedProxyTests.StatusAsync(api.Client, forwardedFor: null));
    }
}
