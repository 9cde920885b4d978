using System.Globalization;
using System.Text;
using System.Text.Json;
using ClusterGraph.Fuzz.Tests.Parsing;
using ClusterGraph.Fuzz.Tests.Validation;

namespace ClusterGraph.Fuzz.Tests.Http;

/// <summary>
/// Random GraphQL-over-HTTP requests: methods, Accept and Content-Type values right and wrong, CSRF
/// preflight headers, declared lengths true and false; JSON bodies with parameters of every type, batches,
/// APQ extensions, deeply nested and huge variables, truncated JSON, invalid UTF-8; GET query strings with
/// encoded parameters, repeats, bad escapes and over-long values. Documents come from the schema-aware and
/// the grammar generator. Event-stream responses are left out: a subscription legitimately stays open.
/// </summary>
internal sealed class HttpRequestGenerator(Random random)
{
    private static readonly string[] s_accepts =
    [
        "application/graphql-response+json", "application/json", "application/graphql-response+json, application/json;q=0.9", "*/*", "text/html",
        "application/xml", "application/json; charset=utf-16", "application/*;q=0", "application/graphql-response+json;q=abc", ";;;,,", "",
    ];

    private static readonly string[] s_contentTypes =
    [
        "application/json", "application/json; charset=utf-8", "application/json;charset=UTF8", "application/json; charset=latin1",
        "application/graphql", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "APPLICATION/JSON",
        "application/json;;", "application/graphql-response+json", "",
    ];

    public HttpInput Request()
    {
        int kind = random.Next(20);
        string method = kind switch { < 13 => "POST", < 19 => "GET", _ => new[] { "PUT", "DELETE", "PATCH", "OPTIONS" }[random.Next(4)] };
        var headers = new List<(string, string)>();
        string accept = s_accepts[random.Next(s_accepts.Length)];
        if (accept.Length > 0 || random.Next(2) == 0)
        {
            headers.Add(("Accept", accept));
        }

        if (random.Next(3) == 0)
        {
            headers.Add((new[] { "GraphQL-Preflight", "Apollo-Require-Preflight", "X-Apollo-Operation-Name" }[random.Next(3)], "1"));
        }

        if (method == "GET")
        {
            return new HttpInput(method, QueryString(), headers, []);
        }

        string contentType = random.Next(4) > 0 ? "application/json" : s_contentTypes[random.Next(s_contentTypes.Length)];
        if (contentType.Length > 0)
        {
            headers.Add(("Content-Type", contentType));
        }

        byte[] body = Body();
        if (random.Next(15) == 0)
        {
            headers.Add(("Content-Length", random.Next(2) == 0 ? (InProcessEndpoint.MaxBodyBytes + 1).ToString(CultureInfo.InvariantCulture) : "-5"));
        }

        return new HttpInput(method, string.Empty, headers, body);
    }

    private byte[] Body()
    {
        switch (random.Next(14))
        {
            case 0:
                return random.Next(2) == 0 ? [] : " \r\n\t"u8.ToArray();
            case 1:
                byte[] valid = Encoding.UTF8.GetBytes(RequestObject());
                return valid[..random.Next(valid.Length)];
            case 2:
                // Invalid UTF-8 inside the query string literal.
                return [.. "{\"query\":\"{ __typename \""u8, .. new[] { (byte)0xC3, (byte)0x28, (byte)0xFF, (byte)0xED, (byte)0xA0, (byte)0x80 }, .. "\"}"u8];
            case 3:
                return Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Range(0, random.Next(6)).Select(_ => RequestObject())) + "]");
            case 4:
                return Encoding.UTF8.GetBytes(new[] { "null", "1", "\"{ __typename }\"", "true", "{}", "[[]]", "{\"query\":{}}" }[random.Next(7)]);
            default:
                return Encoding.UTF8.GetBytes(RequestObject());
        }
    }

    private string RequestObject()
    {
        var members = new List<string>();
        if (random.Next(10) > 0)
        {
            members.Add("\"query\":" + (random.Next(15) == 0 ? WrongType() : Quote(Document())));
        }

        if (random.Next(3) == 0)
        {
            members.Add("\"variables\":" + (random.Next(10) == 0 ? WrongType() : Variables()));
        }

        if (random.Next(4) == 0)
        {
            members.Add("\"operationName\":" + (random.Next(6) == 0 ? WrongType() : Quote(random.Next(2) == 0 ? "Op" : "Missing")));
        }

        if (random.Next(6) == 0)
        {
            members.Add("\"extensions\":" + (random.Next(3) == 0
                ? "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + new string('a', random.Next(2) == 0 ? 64 : 10) + "\"}}"
                : WrongType()));
        }

        if (random.Next(12) == 0)
        {
            members.Add("\"documentId\":" + Quote("doc-1"));
        }

        if (random.Next(8) == 0)
        {
            // Duplicate member names: the last one wins in most readers.
            members.Add("\"query\":\"{ __typename }\"");
        }

        return "{" + string.Join(",", members) + "}";
    }

    private string Document() => random.Next(3) switch
    {
        0 => new GraphQLTextGenerator(random).Document(),
        _ => new SchemaDocumentGenerator(FuzzSchemas.KitchenSink, random).Document(),
    };

    private string Variables()
    {
        int n = random.Next(6) == 0 ? 100 + random.Next(200) : random.Next(4);
        return random.Next(5) switch
        {
            // Nesting past System.Text.Json's depth limit of the reader (128) or not.
            0 => "{\"v0\":" + new string('[', n) + "1" + new string(']', n) + "}",
            1 => "{\"v0\":" + string.Concat(Enumerable.Repeat("{\"a\":", n)) + "1" + new string('}', n) + "}",
            2 => "{\"v0\":[" + string.Join(",", Enumerable.Range(0, n * 40).Select(i => i.ToString(CultureInfo.InvariantCulture))) + "]}",
            3 => "{\"v0\":" + new[] { "1e400", "-0", "2147483648", "\"\\ud800\"", "null", "\"company:x\"", "true", "1.5" }[random.Next(8)] + "}",
            _ => "{\"v0\":" + random.Next(-3, 500).ToString(CultureInfo.InvariantCulture) + ",\"v1\":\"x\"}",
        };
    }

    private string WrongType() => new[] { "1", "true", "[]", "{}", "null", "\"text\"", "[\"a\"]" }[random.Next(7)];

    private string QueryString()
    {
        var parts = new List<string>();
        if (random.Next(10) > 0)
        {
            string document = Document();
            parts.Add("query=" + (random.Next(20) == 0 ? document.Replace(" ", "%zz", StringComparison.Ordinal) : Uri.EscapeDataString(document)));
        }

        if (random.Next(4) == 0)
        {
            parts.Add("variables=" + Uri.EscapeDataString(random.Next(5) == 0 ? "{not json" : Variables()));
        }

        if (random.Next(5) == 0)
        {
            parts.Add("operationName=Op");
        }

        if (random.Next(10) == 0)
        {
            parts.Add(parts.Count > 0 ? parts[0] : "query=%7B__typename%7D");
        }

        if (random.Next(25) == 0)
        {
            parts.Add("query=" + new string('a', InProcessEndpoint.MaxQueryStringLength));
        }

        if (random.Next(10) == 0)
        {
            parts.Add("extensions=" + Uri.EscapeDataString(WrongType()));
        }

        return parts.Count == 0 ? string.Empty : "?" + string.Join("&", parts);
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text);
}
