namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>
/// Cross-site request forgery protection. A browser sends a cross-site POST without a CORS preflight
/// only when its content type is text/plain, multipart/form-data or application/x-www-form-urlencoded
/// (or absent); such requests are refused unless they carry one of <see cref="PreflightHeaders"/>,
/// which a browser only sends cross-site after a preflight.
/// </summary>
public sealed class GraphQLCsrfOptions
{
    /// <summary>Whether the protection is on. On by default.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Headers any one of which proves the request went through a preflight (case-insensitive names).</summary>
    public IList<string> PreflightHeaders { get; } = ["GraphQL-Preflight", "Apollo-Require-Preflight", "X-Apollo-Operation-Name"];

    /// <summary>Whether GET requests (queries only) need a preflight header too. Off by default: GET never runs a mutation.</summary>
    public bool RequirePreflightForGet { get; set; }

    internal void Validate()
    {
        if (Enabled && PreflightHeaders.Count == 0)
        {
            throw new InvalidOperationException("Csrf.PreflightHeaders must name at least one header when CSRF protection is enabled.");
        }
    }
}
