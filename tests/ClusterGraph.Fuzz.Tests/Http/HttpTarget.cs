using System.Text;
using System.Text.Json;
using ClusterGraph.Fuzz.Tests.Harness;

namespace ClusterGraph.Fuzz.Tests.Http;

/// <summary>
/// The transport's request reading (JSON bodies, GET query strings, content types, sizes) through the real
/// endpoint in process. Oracles: the handler never logs an unexpected exception or answers 500; the status
/// is one the GraphQL-over-HTTP spec or the handler's documented refusals allow; the body is a JSON object
/// (an array for a batch) with a data entry or a non-empty errors list whose entries have a message and
/// 1-based locations; under application/graphql-response+json a response without data is never 2xx; under
/// application/json a response with data is 200.
/// </summary>
internal sealed class HttpTarget : FuzzTarget
{
    private static readonly int[] s_allowedStatuses = [200, 400, 405, 406, 413, 414, 415, 431];

    private static readonly string[] s_tokens =
    [
        "\"query\":", "\"variables\":", "\"operationName\":", "\"extensions\":", "\"documentId\":", "{", "}", "[", "]", ",", ":", "\"", "\\",
        "\\u0000", "\\ud800", "null", "true", "1e999", "Accept: application/json\n", "Accept: application/graphql-response+json\n",
        "Content-Type: text/plain\n", "Content-Type: application/json; charset=utf-16\n", "GraphQL-Preflight: 1\n", "Content-Length: 99999999\n",
        "?query=", "&variables=", "%7B", "%", "%ZZ", "+", "\n\n", "GET", "POST", "{ __typename }", "\u00ff", "\uFEFF",
    ];

    private readonly InProcessEndpoint _endpoint = new();

    public override string Name => "http";

    public override string FileExtension => ".http";

    public override IReadOnlyList<byte[]> Dictionary { get; } = [.. s_tokens.Select(Encoding.UTF8.GetBytes)];

    public override byte[] Generate(Random random) => new HttpRequestGenerator(random).Request().Write();

    public override FuzzOutcome Run(byte[] input)
    {
        HttpInput request = HttpInput.Read(input);
        _endpoint.LoggedErrors.Clear();
        (int status, string? contentType, byte[] body) = _endpoint.Send(request);
        if (_endpoint.LoggedErrors.Count > 0)
        {
            return FuzzOutcome.Failed($"The handler logged an error (status {status}): {_endpoint.LoggedErrors[0]}");
        }

        if (!s_allowedStatuses.Contains(status))
        {
            return FuzzOutcome.Failed($"Status {status}: {Encoding.UTF8.GetString(body)}");
        }

        if (contentType?.StartsWith("text/html", StringComparison.Ordinal) == true)
        {
            return status == 200 && request.Method == "GET" ? FuzzOutcome.Held("graphiql") : FuzzOutcome.Failed($"HTML with status {status} for {request.Method}");
        }

        bool graphQLResponse = contentType?.StartsWith("application/graphql-response+json", StringComparison.Ordinal) == true;
        if (!graphQLResponse && contentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            return FuzzOutcome.Failed($"Status {status} with content type '{contentType}'");
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            return FuzzOutcome.Failed($"Status {status}: the body is not JSON ({e.Message}): {Encoding.UTF8.GetString(body)}");
        }

        using (json)
        {
            JsonElement root = json.RootElement;
            List<JsonElement> responses = root.ValueKind == JsonValueKind.Array ? [.. root.EnumerateArray()] : [root];
            var codes = new List<string>();
            foreach (JsonElement response in responses)
            {
                if (CheckResponse(response, status, graphQLResponse && root.ValueKind != JsonValueKind.Array, codes) is { } bad)
                {
                    return FuzzOutcome.Failed($"Status {status}, {contentType}: {bad}\n{Encoding.UTF8.GetString(body)}");
                }
            }

            return FuzzOutcome.Held($"{status} {(graphQLResponse ? "gr+json" : "json")} {(root.ValueKind == JsonValueKind.Array ? "batch " : string.Empty)}{string.Join(",", codes.Distinct())}");
        }
    }

    public override void Dispose()
    {
        _endpoint.Dispose();
        base.Dispose();
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40];

    private static string? CheckResponse(JsonElement response, int status, bool graphQLResponseSingle, List<string> codes)
    {
        if (response.ValueKind != JsonValueKind.Object)
        {
            return "a response that is not a JSON object";
        }

        bool hasData = response.TryGetProperty("data", out _);
        bool hasErrors = response.TryGetProperty("errors", out JsonElement errors);
        if (!hasData && !hasErrors)
        {
            return "neither data nor errors";
        }

        if (hasErrors)
        {
            if (errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
            {
                return "errors is not a non-empty list";
            }

            foreach (JsonElement error in errors.EnumerateArray())
            {
                if (!error.TryGetProperty("message", out JsonElement message) || message.ValueKind != JsonValueKind.String || message.GetString()!.Length == 0)
                {
                    return "an error without a message";
                }

                if (error.TryGetProperty("locations", out JsonElement locations)
                    && locations.EnumerateArray().Any(l => l.GetProperty("line").GetInt32() < 1 || l.GetProperty("column").GetInt32() < 1))
                {
                    return "a location that is not 1-based";
                }

                codes.Add(error.TryGetProperty("extensions", out JsonElement extensions) && extensions.TryGetProperty("code", out JsonElement code)
                    ? code.ToString()
                    : Shorten(Signatures.Shape(message.GetString()!)));
            }
        }

        if (graphQLResponseSingle && !hasData && status < 400)
        {
            return "application/graphql-response+json without data must not be 2xx";
        }

        if (!graphQLResponseSingle && hasData && status != 200)
        {
            return "a response with data must be 200 under application/json";
        }

        return null;
    }
}
