using System.Net.Http.Headers;
using System.Text;

namespace ClusterGraph.Neo4j.QueryApi;

/// <summary>How requests are authorized: the Query API takes basic and bearer credentials in the <c>Authorization</c> header.</summary>
public abstract class Neo4jAuth
{
    private protected Neo4jAuth()
    {
    }

    /// <summary>No <c>Authorization</c> header (the server runs with authentication disabled).</summary>
    public static Neo4jAuth None { get; } = new NoAuth();

    /// <summary>Basic authentication: <c>Basic base64(user:password)</c>, UTF-8 (RFC 7617).</summary>
    public static Neo4jAuth Basic(string user, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        ArgumentNullException.ThrowIfNull(password);
        if (user.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("A basic-auth user name cannot contain ':'.", nameof(user));
        }

        return new HeaderAuth(new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password))));
    }

    /// <summary>Bearer authentication with a token from the SSO provider, sent as given.</summary>
    public static Neo4jAuth Bearer(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        return new HeaderAuth(new AuthenticationHeaderValue("Bearer", token));
    }

    /// <summary>The header to send, or null for none.</summary>
    internal abstract AuthenticationHeaderValue? Header { get; }

    private sealed class NoAuth : Neo4jAuth
    {
        internal override AuthenticationHeaderValue? Header => null;
    }

    private sealed class HeaderAuth(AuthenticationHeaderValue header) : Neo4jAuth
    {
        internal override AuthenticationHeaderValue? Header { get; } = header;
    }
}
