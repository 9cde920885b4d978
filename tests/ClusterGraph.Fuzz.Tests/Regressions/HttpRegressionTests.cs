using System.Text;
using System.Text.Json;
using ClusterGraph.Fuzz.Tests.Http;

namespace ClusterGraph.Fuzz.Tests.Regressions;

/// <summary>Bugs the HTTP fuzz target found, each pinned by name with its minimized input.</summary>
public sealed class HttpRegressionTests : IDisposable
{
    private readonly InProcessEndpoint _endpoint = new();

    /// <summary>
    /// Found by the http target (seed 1, input 2): a JSON body whose query string holds a byte that is not
    /// UTF-8 (here 0xE0 with no continuation) passed JsonDocument.Parse, which checks string bytes only
    /// when read, and GetString then threw InvalidOperationException: the endpoint answered 500. The body
    /// reader now checks the UTF-8 of the whole body and refuses it as invalid JSON (RFC 8259 §8.1).
    /// </summary>
    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public void Invalid_utf8_inside_a_json_string_is_refused_with_400_not_500(string accept)
    {
        byte[] body = [.. "{\"query\":\""u8, 0xE0, .. "\"}"u8];
        var input = new HttpInput("POST", string.Empty, [("Content-Type", "application/json"), ("Accept", accept)], body);

        (int status, _, byte[] response) = _endpoint.Send(input);

        Assert.Empty(_endpoint.LoggedErrors);
        Assert.Equal(400, status);
        using JsonDocument json = JsonDocument.Parse(response);
        Assert.False(json.RootElement.TryGetProperty("data", out _));
        Assert.Equal("The request body is not valid JSON.", json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public void Invalid_utf8_in_a_variable_value_is_refused_with_400()
    {
        byte[] body = [.. "{\"query\":\"query($v: String) { __typename }\",\"variables\":{\"v\":\"a"u8, 0xC3, 0x28, .. "\"}}"u8];
        var input = new HttpInput("POST", string.Empty, [("Content-Type", "application/json"), ("Accept", "application/json")], body);

        (int status, _, byte[] response) = _endpoint.Send(input);

        Assert.Empty(_endpoint.LoggedErrors);
        Assert.Equal(400, status);
        Assert.Contains("not valid JSON", Encoding.UTF8.GetString(response), StringComparison.Ordinal);
    }

    /// <summary>
    /// Found by the http target (seed 2, input 510): a JSON string escaping half a surrogate pair
    /// ("\uDE00") parses, but GetString throws on it; in a batch the response had already started, so the
    /// connection was aborted. The body reader now refuses such a body as invalid JSON.
    /// </summary>
    [Theory]
    [InlineData("{\"query\":\"\\uDE00\"}")]
    [InlineData("[{\"\":\"\"},{\"query\":\"\\uDE00\",\"\":{\"\":1}}]")]
    [InlineData("{\"query\":\"query($v: String) { __typename }\",\"variables\":{\"v\":\"\\uD800x\"}}")]
    [InlineData("{\"query\":\"{ __typename }\",\"\\uD800\":1}")]
    public void Lone_surrogate_escape_in_a_json_body_is_refused_with_400(string body)
    {
        var input = new HttpInput("POST", string.Empty, [("Content-Type", "application/json"), ("Accept", "application/graphql-response+json")], Encoding.UTF8.GetBytes(body));

        (int status, _, byte[] response) = _endpoint.Send(input);

        Assert.Empty(_endpoint.LoggedErrors);
        Assert.Equal(400, status);
        Assert.Contains("The request body is not valid JSON.", Encoding.UTF8.GetString(response), StringComparison.Ordinal);
    }

    /// <summary>The same lone surrogate escape in a GET request's variables parameter: 400, not 500.</summary>
    [Fact]
    public void Lone_surrogate_escape_in_get_variables_is_refused_with_400()
    {
        string variables = Uri.EscapeDataString("{\"v\":\"\\uD800\"}");
        var input = new HttpInput("GET", "?query=" + Uri.EscapeDataString("query($v: String) { __typename }") + "&variables=" + variables,
            [("Accept", "application/graphql-response+json")], []);

        (int status, _, byte[] response) = _endpoint.Send(input);

        Assert.Empty(_endpoint.LoggedErrors);
        Assert.Equal(400, status);
        Assert.Contains("The 'variables' parameter is not valid JSON.", Encoding.UTF8.GetString(response), StringComparison.Ordinal);
    }

    public void Dispose() => _endpoint.Dispose();
}
