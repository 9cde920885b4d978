namespace ClusterGraph.GraphQL.AspNetCore;

/// <summary>The GraphiQL IDE served (from local assets only) at GET on the endpoint when the client prefers HTML.</summary>
public sealed class GraphiQLOptions
{
    /// <summary>Whether the page is served. On by default.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The page title.</summary>
    public string Title { get; set; } = "ClusterGraph GraphiQL";

    /// <summary>The tabs the page opens with, first one active; by default one example each for map
    /// teams, researchers and investors, written against the ClusterGraph contract.</summary>
    public IList<GraphiQLExample> Examples { get; } =
    [
        new("""
            # Map teams: semiconductor companies and complexes as GeoJSON points, with their relations.
            query MapTeamsSemiconductorMap {
              clusterMap(
                filter: { kinds: [COMPANY, INDUSTRIAL_COMPLEX], activeIn: ["industry:semiconductor"], includeRelations: true }
                limit: 500
              )
            }
            """),
        new("""
            # Researchers: the semiconductor value chain and who is active in each stage, by region.
            query ResearchersValueChain($industry: ID!) {
              valueChain(industry: $industry) {
                industry { id name(lang: EN) }
                stages {
                  stage { id name(lang: EN) }
                  companyCount
                  instituteCount
                  actors(first: 5) { edges { node { id name(lang: EN) region { name(lang: EN) } } } }
                }
              }
            }
            """,
            """{ "industry": "industry:semiconductor" }"""),
        new("""
            # Investors: the strongest clusters, their location quotient and partner suggestions.
            query InvestorsTopClusters {
              clusters(minStars: 2, first: 10) {
                region { id name(lang: EN) }
                industry { id name(lang: EN) }
                stars
                locationQuotient
                companyCount
              }
              partnerSuggestions(for: "company:amkor-technology-korea", first: 5) {
                entity { id name(lang: EN) }
                score
                reasons { kind text(lang: EN) }
              }
            }
            """),
    ];

    internal void Validate()
    {
        if (Enabled && Examples.Count == 0)
        {
            throw new InvalidOperationException("GraphiQL.Examples must hold at least one query (the first is the default query).");
        }
    }
}
