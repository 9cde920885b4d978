using System.Text.Json.Nodes;
using ClusterGraph.Api.Tests.Infrastructure;

namespace ClusterGraph.Api.Tests;

/// <summary>Representative responses over the seed, kept in __snapshots__/ and reviewed by eye when written.</summary>
[Collection(SeedApiCollection.Name)]
public sealed class SnapshotTests(SeedApi api)
{
    [Theory]
    [InlineData("search-amkor-hangul", """{ search(text: "앰코", first: 3) { totalCount nodes { entity { id kind name(lang: EN) } score matched } } }""")]
    [InlineData("entity-amkor", """
        { entity(id: "company:amkor-technology-korea") {
            id kind name names { ko en } aliases description(lang: EN) location { lat lon precision } region { id name(lang: EN) }
            degree evidence { source { id title publisher publishedAt lang } quote }
            indicators { key name value unit qualifier date period target }
            ... on Company { size website parent { id name(lang: EN) } activeIn { id } subsidiaries { totalCount } suppliers { nodes { id } } customers { nodes { id } } initiatives { nodes { id } } }
            relations { totalCount edges { node { id type from { id } to { id } role since until confidence } } } } }
        """)]
    [InlineData("value-chain-semiconductor-incheon", """
        { valueChain(industry: "industry:semiconductor", regions: ["region:incheon"]) { industry { id name(lang: EN) }
            stages { stage { id name(lang: EN) order upstream { id } downstream { id } } companyCount instituteCount actors { nodes { id name(lang: EN) } } } } }
        """)]
    [InlineData("coverage-semiconductor", """
        { coverage(industry: "industry:semiconductor", regions: ["region:incheon", "region:daejeon", "region:gumi"]) {
            cells { region { id } stage { id } companyCount instituteCount locationQuotient gap } } }
        """)]
    [InlineData("clusters-top", """{ clusters(first: 3) { region { id } industry { id } stage { id } companyCount instituteCount locationQuotient stars complexes { id } } }""")]
    [InlineData("path-amkor-kitech", """
        { path(from: "company:amkor-technology-korea", to: "institute:kitech") { length start { id }
            steps { direction entity { id name(lang: EN) } relation { id type from { id } to { id } evidence { source { id } quote } } } } }
        """)]
    [InlineData("partner-suggestions-amkor", """{ partnerSuggestions(for: "company:amkor-technology-korea", first: 5) { entity { id name(lang: EN) } score reasons { kind via { id } text(lang: EN) } } }""")]
    [InlineData("cluster-map-incheon-companies", """{ clusterMap(filter: { within: ["region:incheon"], kinds: [COMPANY], includeRelations: true }) }""")]
    [InlineData("bound-error", """{ entities(first: 101) { totalCount } }""")]
    public async Task Response_matches_its_snapshot(string name, string query)
    {
        GraphQLResponse response = await api.PostAsync(query);
        JsonObject body = response.Body;
        Snapshot.Match(name, body);
    }
}
