using ClusterGraph.GraphQL.AspNetCore.Http;

namespace ClusterGraph.GraphQL.AspNetCore.Tests.Http;

/// <summary>Accept negotiation, worked out by hand from RFC 9110 §12.5.1 and the GraphQL-over-HTTP spec.</summary>
public sealed class AcceptNegotiatorTests
{
    [Theory]
    [InlineData(null, "Json")]
    [InlineData("", "Json")]
    [InlineData("*/*", "Json")]
    [InlineData("application/*", "Json")]
    [InlineData("application/graphql-response+json", "GraphQLResponseJson")]
    [InlineData("application/json", "Json")]
    [InlineData("APPLICATION/JSON", "Json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "GraphQLResponseJson")]
    [InlineData("application/json, application/graphql-response+json", "GraphQLResponseJson")]
    [InlineData("application/json;q=1, application/graphql-response+json;q=0.1", "Json")]
    [InlineData("text/event-stream", "EventStream")]
    [InlineData("text/*", "None")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "Html")]
    [InlineData("text/html;q=0.5, application/json", "Json")]
    [InlineData("application/json;q=0, */*;q=0.5", "None")]
    [InlineData("image/png", "None")]
    public void Picks_the_response_format(string? accept, string expected)
    {
        Assert.Equal(Enum.Parse<ResponseMediaType>(expected), AcceptNegotiator.Negotiate(accept));
    }
}
