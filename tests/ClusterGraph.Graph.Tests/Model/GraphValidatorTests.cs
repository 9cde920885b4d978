using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Tests.Model;

public sealed class GraphValidatorTests
{
    [Fact]
    public void The_tiny_graph_is_valid()
    {
        Assert.Empty(GraphValidator.Validate(TinyGraph.With()));
    }

    [Fact]
    public void Unknown_entity_kind_is_reported()
    {
        Entity bad = TinyGraph.Amkor with { Kind = (EntityKind)42 };
        ValidationError error = Assert.Single(GraphValidator.ValidateEntity(bad, TinyGraph.With()));
        Assert.Equal(ValidationErrorCode.UnknownKind, error.Code);
        Assert.Equal("kind", error.Field);
        Assert.Contains("INDUSTRIAL_COMPLEX", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Id_prefix_must_match_the_kind()
    {
        Entity bad = TinyGraph.Amkor with { Id = "institute:amkor-technology-korea" };
        ValidationError error = Assert.Single(GraphValidator.ValidateEntity(bad, TinyGraph.With()));
        Assert.Equal(ValidationErrorCode.InvalidId, error.Code);
        Assert.Contains("'company:'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("company:Amkor")]
    [InlineData("amkor")]
    [InlineData("firm:amkor")]
    public void Malformed_entity_id_is_reported(string id)
    {
        ValidationError error = Assert.Single(GraphValidator.ValidateEntity(TinyGraph.Amkor with { Id = id }, TinyGraph.With()));
        Assert.Equal(ValidationErrorCode.InvalidId, error.Code);
        Assert.Equal(id, error.SubjectId);
    }

    [Fact]
    public void Dangling_relation_end_is_reported()
    {
        Relation bad = TinyGraph.Relate(RelationType.LocatedIn, TinyGraph.Amkor.Id, "region:gumi");
        ValidationError error = Assert.Single(GraphValidator.ValidateRelation(bad, TinyGraph.With()));
        Assert.Equal(ValidationErrorCode.DanglingReference, error.Code);
        Assert.Equal("to", error.Field);
        Assert.Contains("region:gumi", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Relation_type_not_allowed_between_kinds_is_reported()
    {
        // A region is not located in a company; STAGE_OF does not go from a company.
        Relation reversed = TinyGraph.Relate(RelationType.LocatedIn, TinyGraph.Incheon.Id, TinyGraph.Amkor.Id);
        ValidationError error = Assert.Single(GraphValidator.ValidateRelation(reversed, TinyGraph.With()));
        Assert.Equal(ValidationErrorCode.NotAllowedBetweenKinds, error.Code);
        Assert.Contains("LOCATED_IN may not join REGION 'region:incheon' to COMPANY 'company:amkor-technology-korea'", error.Message, StringComparison.Ordinal);

        Relation stageOf = TinyGraph.Relate(RelationType.StageOf, TinyGraph.Amkor.Id, TinyGraph.Semiconductor.Id);
        Assert.Equal(ValidationErrorCode.NotAllowedBetweenKinds, Assert.Single(GraphValidator.ValidateRelation(stageOf, TinyGraph.With())).Code);
    }

    [Fact]
    public void Self_relation_is_reported()
    {
        Relation self = TinyGraph.Relate(RelationType.PartnersWith, TinyGraph.Amkor.Id, TinyGraph.Amkor.Id);
        Assert.Equal(ValidationErrorCode.NotAllowedBetweenKinds, Assert.Single(GraphValidator.ValidateRelation(self, TinyGraph.With())).Code);
    }

    [Fact]
    public void Missing_evidence_is_reported_for_entities_relations_and_indicators()
    {
        KnowledgeGraph graph = TinyGraph.With();
        ValidationError onEntity = Assert.Single(GraphValidator.ValidateEntity(TinyGraph.Amkor with { Evidence = [] }, graph));
        Assert.Equal((ValidationErrorCode.MissingEvidence, "evidence"), (onEntity.Code, onEntity.Field));

        ValidationError onRelation = Assert.Single(GraphValidator.ValidateRelation(TinyGraph.AmkorInIncheon with { Evidence = [] }, graph));
        Assert.Equal(ValidationErrorCode.MissingEvidence, onRelation.Code);

        Entity withIndicator = TinyGraph.Incheon with { Indicators = [new Indicator("semiconductor-firms", new LocalizedText("반도체 기업", null), 1264)] };
        ValidationError onIndicator = Assert.Single(GraphValidator.ValidateEntity(withIndicator, graph));
        Assert.Equal((ValidationErrorCode.MissingEvidence, "indicators[0].evidence"), (onIndicator.Code, onIndicator.Field));
    }

    [Fact]
    public void Evidence_citing_an_unknown_source_is_reported()
    {
        Entity bad = TinyGraph.Amkor with { Evidence = [new Evidence("source:nowhere", "text")] };
        ValidationError error = Assert.Single(GraphValidator.ValidateEntity(bad, TinyGraph.With()));
        Assert.Equal((ValidationErrorCode.UnknownSource, "evidence[0].source"), (error.Code, error.Field));
    }

    [Theory]
    [InlineData(91, 126)]
    [InlineData(-90.5, 126)]
    [InlineData(37, 180.01)]
    [InlineData(37, -181)]
    [InlineData(double.NaN, 126)]
    [InlineData(37, double.PositiveInfinity)]
    public void Invalid_coordinates_are_reported(double lat, double lon)
    {
        Entity bad = TinyGraph.Incheon with { Location = new GeoPoint(lat, lon, LocationPrecision.Region) };
        Assert.Equal(ValidationErrorCode.InvalidCoordinates, Assert.Single(GraphValidator.ValidateEntity(bad, TinyGraph.With())).Code);
    }

    [Theory]
    [InlineData(90, 180)]
    [InlineData(-90, -180)]
    public void Coordinates_on_the_bounds_are_valid(double lat, double lon)
    {
        Entity edge = TinyGraph.Incheon with { Location = new GeoPoint(lat, lon, LocationPrecision.Site) };
        Assert.Empty(GraphValidator.ValidateEntity(edge, TinyGraph.With()));
    }

    [Fact]
    public void Until_not_after_since_is_reported()
    {
        Relation before = TinyGraph.AmkorInIncheon with { Since = new DateOnly(2023, 2, 10), Until = new DateOnly(2023, 2, 9) };
        ValidationError error = Assert.Single(GraphValidator.ValidateRelation(before, TinyGraph.With()));
        Assert.Equal((ValidationErrorCode.InvalidDateRange, "until"), (error.Code, error.Field));

        Relation empty = TinyGraph.AmkorInIncheon with { Since = new DateOnly(2023, 2, 10), Until = new DateOnly(2023, 2, 10) };
        Assert.Equal(ValidationErrorCode.InvalidDateRange, Assert.Single(GraphValidator.ValidateRelation(empty, TinyGraph.With())).Code);

        Relation fine = TinyGraph.AmkorInIncheon with { Since = new DateOnly(2023, 2, 10), Until = new DateOnly(2023, 2, 11) };
        Assert.Empty(GraphValidator.ValidateRelation(fine, TinyGraph.With()));
    }

    [Fact]
    public void Initiative_end_before_start_is_reported()
    {
        Entity mou = new("initiative:mou", EntityKind.Initiative, new LocalizedText("협약", null))
        {
            Attributes = new InitiativeAttributes(InitiativeKind.Mou, new DateOnly(2023, 2, 10), new DateOnly(2023, 1, 1)),
            Evidence = TinyGraph.Cite,
        };
        ValidationError error = Assert.Single(GraphValidator.ValidateEntity(mou, TinyGraph.With()));
        Assert.Equal((ValidationErrorCode.InvalidDateRange, "initiative.endDate"), (error.Code, error.Field));
    }

    [Fact]
    public void Relation_id_must_match_type_and_ends()
    {
        Relation bad = TinyGraph.AmkorInIncheon with { Id = "relation:located-in:amkor:incheon" };
        ValidationError error = Assert.Single(GraphValidator.ValidateRelation(bad, TinyGraph.With()));
        Assert.Equal(ValidationErrorCode.InvalidId, error.Code);
        Assert.Contains("relation:located-in:amkor-technology-korea:incheon", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attributes_must_belong_to_the_kind_and_be_present_where_required()
    {
        KnowledgeGraph graph = TinyGraph.With();
        Entity wrong = TinyGraph.Incheon with { Attributes = new ComplexAttributes(ComplexKind.National) };
        Assert.Equal(ValidationErrorCode.InvalidAttributes, Assert.Single(GraphValidator.ValidateEntity(wrong, graph)).Code);

        Entity missing = TinyGraph.Incheon with { Attributes = null };
        Assert.Equal(ValidationErrorCode.InvalidAttributes, Assert.Single(GraphValidator.ValidateEntity(missing, graph)).Code);

        // A company's attributes are optional (size UNKNOWN).
        Assert.Empty(GraphValidator.ValidateEntity(TinyGraph.Amkor with { Attributes = null }, graph));
    }

    [Fact]
    public void Indicator_about_must_name_an_industry_or_stage()
    {
        Indicator figure = new("semiconductor-firms", new LocalizedText("반도체 관련 기업", null), 1264) { Evidence = TinyGraph.Cite };
        KnowledgeGraph graph = TinyGraph.With();
        Assert.Empty(GraphValidator.ValidateEntity(TinyGraph.Incheon with { Indicators = [figure with { About = "industry:semiconductor" }] }, graph));

        ValidationError dangling = Assert.Single(GraphValidator.ValidateEntity(TinyGraph.Incheon with { Indicators = [figure with { About = "industry:steel" }] }, graph));
        Assert.Equal((ValidationErrorCode.DanglingReference, "indicators[0].about"), (dangling.Code, dangling.Field));

        ValidationError wrongKind = Assert.Single(GraphValidator.ValidateEntity(TinyGraph.Incheon with { Indicators = [figure with { About = "company:amkor-technology-korea" }] }, graph));
        Assert.Equal(ValidationErrorCode.NotAllowedBetweenKinds, wrongKind.Code);

        ValidationError duplicateKey = Assert.Single(GraphValidator.ValidateEntity(TinyGraph.Incheon with { Indicators = [figure, figure] }, graph));
        Assert.Equal((ValidationErrorCode.Conflict, "indicators[1].key"), (duplicateKey.Code, duplicateKey.Field));
    }

    [Fact]
    public void Duplicate_ids_are_reported_by_the_graph_check()
    {
        KnowledgeGraph graph = TinyGraph.With(entities: [TinyGraph.Incheon, TinyGraph.Amkor, TinyGraph.Semiconductor, TinyGraph.Packaging, TinyGraph.Amkor]);
        ValidationError error = Assert.Single(GraphValidator.Validate(graph));
        Assert.Equal((ValidationErrorCode.Conflict, "company:amkor-technology-korea"), (error.Code, error.SubjectId));
    }

    [Fact]
    public void A_stage_needs_exactly_one_industry()
    {
        Entity orphan = TinyGraph.Packaging with { Attributes = new StageAttributes(4) };
        KnowledgeGraph noIndustry = TinyGraph.With(
            entities: [TinyGraph.Incheon, TinyGraph.Amkor, TinyGraph.Semiconductor, orphan],
            relations: [TinyGraph.AmkorInIncheon]);
        Assert.Equal(ValidationErrorCode.InvalidAttributes, Assert.Single(GraphValidator.Validate(noIndustry)).Code);

        // The STAGE_OF relation alone is enough.
        KnowledgeGraph byRelation = TinyGraph.With(entities: [TinyGraph.Incheon, TinyGraph.Amkor, TinyGraph.Semiconductor, orphan]);
        Assert.Empty(GraphValidator.Validate(byRelation));

        Entity display = new("industry:display", EntityKind.Industry, new LocalizedText("디스플레이", null)) { Evidence = TinyGraph.Cite };
        Relation conflicting = TinyGraph.Relate(RelationType.StageOf, TinyGraph.Packaging.Id, display.Id);
        KnowledgeGraph twoIndustries = TinyGraph.With(
            entities: [TinyGraph.Incheon, TinyGraph.Amkor, TinyGraph.Semiconductor, TinyGraph.Packaging, display],
            relations: [TinyGraph.PackagingOfSemiconductor, conflicting]);
        IReadOnlyList<ValidationError> errors = GraphValidator.Validate(twoIndustries);
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(ValidationErrorCode.Conflict, e.Code));
    }

    [Fact]
    public void Source_rules()
    {
        Assert.Empty(GraphValidator.ValidateSource(TinyGraph.Source with { Url = "https://example.com/a", PublishedAt = new DateOnly(2023, 2, 10) }));
        Assert.Equal(ValidationErrorCode.InvalidId, Assert.Single(GraphValidator.ValidateSource(TinyGraph.Source with { Id = "article" })).Code);
        Assert.Equal("title", Assert.Single(GraphValidator.ValidateSource(TinyGraph.Source with { Title = " " })).Field);
        Assert.Equal("url", Assert.Single(GraphValidator.ValidateSource(TinyGraph.Source with { Url = "ftp://example.com" })).Field);
    }

    [Fact]
    public void Relation_validity_follows_the_contract()
    {
        Relation bounded = TinyGraph.AmkorInIncheon with { Since = new DateOnly(2020, 1, 1), Until = new DateOnly(2021, 1, 1) };
        Assert.False(bounded.IsValidOn(new DateOnly(2019, 12, 31)));
        Assert.True(bounded.IsValidOn(new DateOnly(2020, 1, 1)));
        Assert.True(bounded.IsValidOn(new DateOnly(2020, 12, 31)));
        Assert.False(bounded.IsValidOn(new DateOnly(2021, 1, 1)));
        Assert.True(TinyGraph.AmkorInIncheon.IsValidOn(DateOnly.MinValue));
    }

    [Fact]
    public void LocalizedText_falls_back_to_the_other_language()
    {
        Assert.Equal("인천", new LocalizedText("인천", "Incheon").Get(Lang.Ko));
        Assert.Equal("Incheon", new LocalizedText("인천", "Incheon").Get(Lang.En));
        Assert.Equal("인천", new LocalizedText("인천", null).Get(Lang.En));
        Assert.Equal("Incheon", new LocalizedText(" ", "Incheon").Get(Lang.Ko));
        Assert.True(new LocalizedText("", null).IsEmpty);
    }
}
