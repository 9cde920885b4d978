namespace ClusterGraph.GraphQL.AspNetCore.Http;

/// <summary>The media type strings the endpoint reads and writes.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";
    public const string Html = "text/html";

    public static string ContentType(ResponseMediaType mediaType) => mediaType switch
    {
        ResponseMediaType.GraphQLResponseJson => GraphQLResponseJson + "; charset=utf-8",
        ResponseMediaType.EventStream => EventStream + "; charset=utf-8",
        ResponseMediaType.Html => Html + "; charset=utf-8",
        _ => Json + "; charset=utf-8",
    };
}
