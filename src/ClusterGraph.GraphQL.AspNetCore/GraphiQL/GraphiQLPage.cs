using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ClusterGraph.GraphQL.AspNetCore.GraphiQL;

/// <summary>The HTML page that boots GraphiQL from the endpoint's own asset URLs.</summary>
internal static class GraphiQLPage
{
    /// <summary>Inline styles are GraphiQL's own (React style attributes); no inline script, no remote origin.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static async Task WriteAsync(HttpContext context, GraphiQLOptions options)
    {
        HttpRequest request = context.Request;
        string endpoint = request.PathBase.Add(request.Path).Value ?? "/graphql";
        string assets = endpoint.TrimEnd('/') + "/graphiql/";
        HttpResponse response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.Vary = "Accept";
        await response.BodyWriter.WriteAsync(Render(endpoint, assets, options), context.RequestAborted).ConfigureAwait(false);
    }

    internal static byte[] Render(string endpoint, string assets, GraphiQLOptions options)
    {
        var tabs = new List<Dictionary<string, string>>(options.Examples.Count);
        foreach (GraphiQLExample example in options.Examples)
        {
            var tab = new Dictionary<string, string> { ["query"] = example.Query };
            if (example.Variables is not null)
            {
                tab["variables"] = example.Variables;
            }

            tabs.Add(tab);
        }

        // The default encoder escapes <, > and &, so the JSON cannot close the script element it sits in.
        string config = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["endpoint"] = endpoint,
            ["defaultQuery"] = options.Examples[0].Query,
            ["tabs"] = tabs,
        });
        string a = WebUtility.HtmlEncode(assets);
        string html = $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{WebUtility.HtmlEncode(options.Title)}}</title>
              <link rel="stylesheet" href="{{a}}graphiql.min.css">
              <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
            </head>
            <body>
              <div id="graphiql">Loading GraphiQL…</div>
              <script type="application/json" id="graphiql-config">{{config}}</script>
              <script src="{{a}}react.production.min.js"></script>
              <script src="{{a}}react-dom.production.min.js"></script>
              <script src="{{a}}graphiql.min.js"></script>
              <script src="{{a}}graphiql-setup.js"></script>
            </body>
            </html>
            """;
        return Encoding.UTF8.GetBytes(html);
    }
}
