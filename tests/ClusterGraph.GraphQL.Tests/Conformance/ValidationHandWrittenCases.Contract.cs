namespace ClusterGraph.GraphQL.Tests.Conformance;

internal static partial class ValidationHandWrittenCases
{
    /// <summary>A realistic contract query (also what the benchmarks and the token-limit reasoning use).</summary>
    public static string TypicalContractQuery => Read("ValidationTypicalContractQuery.graphql");

    /// <summary>A valid document touching every rule's happy path against the validation kitchen sink.</summary>
    public static string KitchenSinkQuery => Read("ValidationKitchenSinkQuery.graphql");

    private static string Read(string name) =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "ClusterGraph.GraphQL.Tests", "Conformance", name));

    private static void AddContract(List<ValidationCase> cases)
    {
        Add(cases, "KitchenSink", Ks, KitchenSinkQuery);
        Add(cases, "Contract", Contract,
            TypicalContractQuery,
            "{ graphStats { entityCount relationCount countsByKind { kind count } version } }",
            "{ entities(first: 10, filter: {kinds: [COMPANY], nameContains: \"반도체\"}) { totalCount edges { cursor node { id name } } } }",
            "{ entities(orderBy: [{field: NAME}], first: 101) { nodes { id } } }",
            "{ entities(orderBy: {field: SIZE}) { nodes { id } } }",
            "{ search(text: \"ㅋㅌㅍ\") { nodes { score matched entity { id kind } } } }",
            "{ search { nodes { score } } }",
            "{ path(from: \"company:a\", to: \"region:korea\", excludeKinds: [REGION]) { length steps { direction relation { type } entity { id } } } }",
            "{ paths(from: 1, to: 2, first: \"5\") { length } }",
            "{ ecosystem(of: \"region:incheon\", hops: 2) { truncated entities { id } relations { id from { id } to { id } } } }",
            "{ clusterMap(filter: {kinds: [COMPANY], bbox: {west: 126, south: 37, east: 127, north: 38}}, limit: 100) }",
            "{ clusterMap(filter: {bbox: {west: 126}}) }",
            "{ clusterMap { type } }",
            "{ node(id: \"company:x\") { id ... on Company { size parent { id } } ... on Region { level code } } }",
            "{ node(id: \"x\") { ... on Organization { website activeIn { id } } ... on Relation { confidence } } }",
            "{ entity(id: \"x\") { ... on Company { name: size } ... on Institute { name: instituteKind } } }",
            "{ entity(id: \"x\") { ... on Company { n: website } ... on Institute { n: website } } }",
            "{ valueChain(industry: \"industry:semiconductor\") { industry { id } stages { stage { id } } } }",
            "{ clusters(minStars: 2, byStage: true) { stars region { id } industry { id } members(first: 5) { nodes { id } } } }",
            "mutation ($i: EntityInput!) { upsertEntity(input: $i) { entity { id } version errors { code message } } }",
            "mutation { deleteEntity(id: \"x\") { deletedId version } deleteRelation(id: \"y\") { deletedId } }",
            "subscription { graphChanged(since: \"1\") { version upserted deleted } }",
            "subscription { graphChanged { version } __typename }",
            "query ($k: [EntityKind!]!) { entities(filter: {kinds: $k}) { totalCount } regions(level: PROVINCE) { nodes { id children { id } } } }",
            "{ entity(id: \"x\") { relations(direction: SIDEWAYS) { totalCount } neighbors(kinds: [REGION, NOPE]) { totalCount } } }",
            "{ industries { id name stages { id } } }");
    }
}
