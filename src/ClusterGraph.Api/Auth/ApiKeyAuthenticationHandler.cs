using System.Security.Claims;
using System.Text.Encodings.Web;
using ClusterGraph.Api.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ClusterGraph.Api.Auth;

/// <summary>
/// <c>Authorization: Bearer &lt;key&gt;</c> against the configured salted hashes. No header: anonymous
/// (a reader). A key that matches nothing fails authentication, so a write with it gets 401.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptions<ClusterGraphOptions> options)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length > 1024)
        {
            return Task.FromResult(AuthenticateResult.Fail("The Authorization header must be 'Bearer <key>'."));
        }

        string key = header["Bearer ".Length..].Trim();
        foreach (ApiKeySettings candidate in options.Value.ApiKeys)
        {
            if (ApiKeyHasher.Verify(key, candidate.Hash))
            {
                var identity = new ClaimsIdentity(
                    [new Claim(ClaimTypes.Name, candidate.Name), new Claim(ClaimTypes.Role, candidate.Role)],
                    SchemeName);
                return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
            }
        }

        return Task.FromResult(AuthenticateResult.Fail("The API key is not recognised."));
    }
}
