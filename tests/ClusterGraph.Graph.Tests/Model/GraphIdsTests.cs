using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Tests.Model;

public sealed class GraphIdsTests
{
    [Theory]
    [InlineData("Amkor Technology Korea", "amkor-technology-korea")]
    [InlineData("Semiconductor packaging & test", "semiconductor-packaging-test")]
    [InlineData("  Gumi Electronics & Information Technology Research Institute ", "gumi-electronics-information-technology-research-institute")]
    [InlineData("KAIST Institute for the NanoCentury", "kaist-institute-for-the-nanocentury")]
    [InlineData("Korea's Café", "koreas-cafe")]
    [InlineData("Seo-gu, Incheon", "seo-gu-incheon")]
    [InlineData("앰코코리아", "")]
    public void Slugify_follows_the_contract_rule(string name, string expected)
    {
        Assert.Equal(expected, GraphIds.Slugify(name));
    }

    [Fact]
    public void ForEntity_prefixes_the_kind()
    {
        Assert.Equal("company:amkor-technology-korea", GraphIds.ForEntity(EntityKind.Company, "Amkor Technology Korea"));
        Assert.Equal("complex:namdong", GraphIds.ForEntity(EntityKind.IndustrialComplex, "Namdong"));
        Assert.Equal("stage:semiconductor-packaging-test", GraphIds.ForEntity(EntityKind.ValueChainStage, "Semiconductor Packaging & Test"));
    }

    [Theory]
    [InlineData("region:incheon", EntityKind.Region, "incheon")]
    [InlineData("complex:namdong", EntityKind.IndustrialComplex, "namdong")]
    [InlineData("initiative:incheon-semiconductor-backend-mou-2023", EntityKind.Initiative, "incheon-semiconductor-backend-mou-2023")]
    public void TryParseEntityId_accepts_well_formed_ids(string id, EntityKind kind, string slug)
    {
        Assert.True(GraphIds.TryParseEntityId(id, out EntityKind parsedKind, out string parsedSlug));
        Assert.Equal(kind, parsedKind);
        Assert.Equal(slug, parsedSlug);
    }

    [Theory]
    [InlineData("incheon")]
    [InlineData("city:incheon")]
    [InlineData("region:")]
    [InlineData("region:Incheon")]
    [InlineData("region:in--cheon")]
    [InlineData("region:-incheon")]
    [InlineData("region:incheon-")]
    [InlineData("region:in_cheon")]
    [InlineData("region:인천")]
    [InlineData("source:incheon")]
    public void TryParseEntityId_rejects_malformed_ids(string id)
    {
        Assert.False(GraphIds.TryParseEntityId(id, out _, out _));
    }

    [Theory]
    [InlineData("source:000_c60888581193d082", true)]
    [InlineData("source:public-facts", true)]
    [InlineData("source:", false)]
    [InlineData("source:Public", false)]
    [InlineData("region:incheon", false)]
    public void IsValidSourceId(string id, bool expected)
    {
        Assert.Equal(expected, GraphIds.IsValidSourceId(id));
    }

    [Fact]
    public void ForRelation_uses_the_type_token_and_the_slugs()
    {
        Assert.Equal("relation:located-in:amkor-technology-korea:incheon",
            GraphIds.ForRelation(RelationType.LocatedIn, "company:amkor-technology-korea", "region:incheon"));
        Assert.Equal("relation:stage-of:casting:root-industries:2",
            GraphIds.ForRelation(RelationType.StageOf, "stage:casting", "industry:root-industries", 2));
    }

    [Theory]
    [InlineData("relation:feeds:a:b", true)]
    [InlineData("relation:feeds:a:b:2", true)]
    [InlineData("relation:feeds:a:b:17", true)]
    [InlineData("relation:feeds:a:b:1", false)]
    [InlineData("relation:feeds:a:b:02", false)]
    [InlineData("relation:feeds:a:b:x", false)]
    [InlineData("relation:feeds:b:a", false)]
    [InlineData("relation:stage-of:a:b", false)]
    public void IsRelationIdFor_checks_type_pair_and_suffix(string id, bool expected)
    {
        Assert.Equal(expected, GraphIds.IsRelationIdFor(id, RelationType.Feeds, "stage:a", "stage:b"));
    }

    [Fact]
    public void Every_kind_has_a_prefix_that_maps_back()
    {
        foreach (EntityKind kind in Enum.GetValues<EntityKind>())
        {
            Assert.True(GraphIds.TryGetKind(GraphIds.PrefixOf(kind), out EntityKind back));
            Assert.Equal(kind, back);
        }
    }

    [Theory]
    [InlineData(EntityKind.IndustrialComplex, "INDUSTRIAL_COMPLEX")]
    [InlineData(EntityKind.ValueChainStage, "VALUE_CHAIN_STAGE")]
    [InlineData(EntityKind.Region, "REGION")]
    public void Contract_names_round_trip(EntityKind kind, string name)
    {
        Assert.Equal(name, ContractNames.ToContractName(kind));
        Assert.True(ContractNames.TryParse(name, out EntityKind parsed));
        Assert.Equal(kind, parsed);
    }

    [Fact]
    public void Contract_names_of_relation_types_match_the_contract()
    {
        string[] contract = ["LOCATED_IN", "ACTIVE_IN", "SPECIALIZES_IN", "SUPPORTS", "PARTNERS_WITH", "SUPPLIES",
            "SUBSIDIARY_OF", "PARTICIPATES_IN", "TARGETS", "STAGE_OF", "FEEDS"];
        Assert.Equal(contract, Enum.GetValues<RelationType>().Select(ContractNames.ToContractName));
        Assert.False(ContractNames.TryParse("located_in", out RelationType _));
        Assert.False(ContractNames.TryParse("LocatedIn", out RelationType _));
    }
}
