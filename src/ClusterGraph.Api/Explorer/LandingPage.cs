using System.Globalization;
using System.Net;
using System.Text;
using ClusterGraph.Graph.Model;
using ClusterGraph.Graph.Store;

namespace ClusterGraph.Api.Explorer;

/// <summary><c>/</c>: a few lines on what the graph holds (counts from the store's stats) and where to go next.</summary>
internal static class LandingPage
{
    public static void Map(WebApplication app) => app.MapGet("/", RenderAsync);

    private static async Task<IResult> RenderAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        GraphStats stats = await store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
        var kinds = new StringBuilder();
        foreach ((EntityKind kind, int count) in stats.CountsByKind)
        {
            kinds.Append(CultureInfo.InvariantCulture, $"<li><span class=\"kind\">{Html(ContractNames.ToContractName(kind))}</span>: <span class=\"count\">{count}</span></li>");
        }

        string html = $$"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>ClusterGraph</title>
            <style>body{font:16px/1.5 system-ui,sans-serif;max-width:42em;margin:2em auto;padding:0 1em}code{background:#eee;padding:0 .2em}</style>
            </head>
            <body>
            <h1>ClusterGraph</h1>
            <p>A knowledge graph of Korean industrial clusters — regions, industrial complexes, companies,
            institutes, industries and their value-chain stages — with every relation backed by a quoted source.</p>
            <p id="totals">It holds <b id="entity-count">{{stats.EntityCount}}</b> entities,
            <b id="relation-count">{{stats.RelationCount}}</b> relations and <b id="source-count">{{stats.SourceCount}}</b> sources
            (data version {{Html(stats.Version)}}):</p>
            <ul id="kinds">{{kinds}}</ul>
            <h2>Start here</h2>
            <ul>
            <li><a href="/graphql">GraphiQL</a> — explore and query the GraphQL API (<code>POST /graphql</code>); the README lists example queries per user group.</li>
            <li><a href="/map">The cluster map</a> — entities on a map, coloured by kind; click one for its evidence.</li>
            <li>Exports, filtered like <code>clusterMap</code> (<code>kinds</code>, <code>within</code>, <code>activeIn</code>, <code>bbox=w,s,e,n</code>, <code>asOf</code>):
            <a href="/export/geojson">GeoJSON</a>, <a href="/export/csv">CSV entities</a>,
            <a href="/export/csv?what=relations">CSV relations with evidence</a>, <a href="/export/graphml">GraphML</a>.</li>
            </ul>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
