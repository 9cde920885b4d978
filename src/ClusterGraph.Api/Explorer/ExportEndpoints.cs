using ClusterGraph.Graph.Store;

namespace ClusterGraph.Api.Explorer;

/// <summary><c>GET /export/{format}</c>: geojson, csv (<c>what=entities|relations</c>) and graphml, filtered like <c>clusterMap</c>, streamed.</summary>
internal static class ExportEndpoints
{
    private static readonly string[] s_csvParameters = ["what"];

    public static void Map(WebApplication app) => app.MapGet("/export/{format}", ExportAsync);

    private static async Task ExportAsync(HttpContext context, string format)
    {
        string[] extra = format == "csv" ? s_csvParameters : [];
        if (format is not ("geojson" or "csv" or "graphml"))
        {
            await BadRequestAsync(context, $"Unknown export format '{format}'; expected geojson, csv or graphml.").ConfigureAwait(false);
            return;
        }

        EntityFilter? filter = ExportFilterParser.TryParse(context.Request.Query, extra, out string? error);
        if (filter is null)
        {
            await BadRequestAsync(context, error!).ConfigureAwait(false);
            return;
        }

        string what = context.Request.Query["what"].ToString() is { Length: > 0 } w ? w : "entities";
        if (what is not ("entities" or "relations"))
        {
            await BadRequestAsync(context, $"what: '{what}' is not an export; expected entities or relations.").ConfigureAwait(false);
            return;
        }

        IGraphStore store = context.RequestServices.GetRequiredService<IGraphStore>();
        HttpResponse response = context.Response;
        CancellationToken cancellationToken = context.RequestAborted;
        switch (format)
        {
            case "geojson":
                Start(response, "application/geo+json", "clustergraph-entities.geojson");
                await GeoJsonExport.WriteAsync(store, filter, response.Body, cancellationToken).ConfigureAwait(false);
                break;
            case "graphml":
                Start(response, "application/graphml+xml; charset=utf-8", "clustergraph.graphml");
                await GraphMLExport.WriteAsync(store, filter, response.Body, cancellationToken).ConfigureAwait(false);
                break;
            case "csv" when what == "relations":
                Start(response, "text/csv; charset=utf-8; header=present", "clustergraph-relations.csv");
                await CsvExport.WriteRelationsAsync(store, filter, response.Body, cancellationToken).ConfigureAwait(false);
                break;
            default:
                Start(response, "text/csv; charset=utf-8; header=present", "clustergraph-entities.csv");
                await CsvExport.WriteEntitiesAsync(store, filter, response.Body, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private static void Start(HttpResponse response, string contentType, string fileName)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
    }

    private static Task BadRequestAsync(HttpContext context, string message)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return context.Response.WriteAsJsonAsync(new { error = message }, context.RequestAborted);
    }
}
