using Microsoft.Extensions.Logging.Console;

namespace ClusterGraph.Api.Operations;

/// <summary>
/// Console logs as one JSON object per line (the shared framework's JSON formatter, with scopes, UTC
/// timestamps), unless <c>ClusterGraph:Logging:Format</c> is <c>simple</c>. The hosting diagnostics'
/// "Request starting" line is held to warnings whatever the configuration says: it carries the query
/// string, where GET requests put their variables; <see cref="RequestLog"/> logs each request instead.
/// </summary>
public static class JsonLogging
{
    public const string FormatKey = "ClusterGraph:Logging:Format";

    public static WebApplicationBuilder AddJsonLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!string.Equals(builder.Configuration[FormatKey], "simple", StringComparison.OrdinalIgnoreCase))
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        return builder;
    }
}
