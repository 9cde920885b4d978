namespace ClusterGraph.Graph.Model;

/// <summary>
/// Checks sources, entities and relations against the model's rules and returns every broken rule
/// as a <see cref="ValidationError"/>; it never throws for bad data. The per-item methods check one
/// item against a lookup (a store validating a write, the loader validating a line);
/// <see cref="Validate"/> checks a whole graph, including rules that span items (duplicate IDs,
/// one industry per stage).
/// </summary>
public static class GraphValidator
{
    /// <summary>Every rule the graph breaks, in item order: sources, entities, relations, then cross-item rules.</summary>
    public static IReadOnlyList<ValidationError> Validate(KnowledgeGraph graph)
    {
        var errors = new List<ValidationError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Source source in graph.Sources)
        {
            AddDuplicate(errors, seen, source.Id);
            errors.AddRange(ValidateSource(source));
        }

        foreach (Entity entity in graph.Entities)
        {
            AddDuplicate(errors, seen, entity.Id);
            errors.AddRange(ValidateEntity(entity, graph));
        }

        foreach (Relation relation in graph.Relations)
        {
            AddDuplicate(errors, seen, relation.Id);
            errors.AddRange(ValidateRelation(relation, graph));
        }

        errors.AddRange(ValidateStageIndustries(graph));
        return errors;
    }

    /// <summary>The rules one source breaks: ID form, blank title, non-absolute URL, unknown language.</summary>
    public static IReadOnlyList<ValidationError> ValidateSource(Source source)
    {
        var errors = new List<ValidationError>();
        string id = source.Id ?? string.Empty;
        if (!GraphIds.IsValidSourceId(id))
        {
            errors.Add(new(ValidationErrorCode.InvalidId, id, "id",
                $"'{id}' is not a source ID; expected 'source:' followed by lower-case ASCII words joined by '-' or '_'."));
        }

        if (string.IsNullOrWhiteSpace(source.Title))
        {
            errors.Add(new(ValidationErrorCode.InvalidValue, id, "title", "A source needs a title."));
        }

        if (!Enum.IsDefined(source.Lang))
        {
            errors.Add(new(ValidationErrorCode.UnknownKind, id, "lang", $"Unknown language {(int)source.Lang}; expected one of {ContractNames.ListOf<Lang>()}."));
        }

        CheckUrl(errors, id, "url", source.Url);
        return errors;
    }

    /// <summary>The rules one entity breaks, resolving its references (sources, industries) through <paramref name="lookup"/>.</summary>
    public static IReadOnlyList<ValidationError> ValidateEntity(Entity entity, IGraphLookup lookup)
    {
        var errors = new List<ValidationError>();
        string id = entity.Id ?? string.Empty;
        bool kindKnown = Enum.IsDefined(entity.Kind);
        if (!kindKnown)
        {
            errors.Add(new(ValidationErrorCode.UnknownKind, id, "kind", $"Unknown entity kind {(int)entity.Kind}; expected one of {ContractNames.ListOf<EntityKind>()}."));
        }

        if (!GraphIds.TryParseEntityId(id, out EntityKind idKind, out _))
        {
            errors.Add(new(ValidationErrorCode.InvalidId, id, "id",
                $"'{id}' is not an entity ID; expected '<prefix>:<slug>' with prefix one of region, complex, company, institute, industry, stage, initiative and a slug of lower-case ASCII words joined by '-'."));
        }
        else if (kindKnown && idKind != entity.Kind)
        {
            errors.Add(new(ValidationErrorCode.InvalidId, id, "id",
                $"The ID's prefix says {ContractNames.ToContractName(idKind)} but the kind is {ContractNames.ToContractName(entity.Kind)}; a {ContractNames.ToContractName(entity.Kind)} ID starts with '{GraphIds.PrefixOf(entity.Kind)}:'."));
        }

        if (entity.Names is null || entity.Names.IsEmpty)
        {
            errors.Add(new(ValidationErrorCode.InvalidValue, id, "names", "An entity needs a Korean or an English name."));
        }

        for (int i = 0; i < entity.Aliases.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(entity.Aliases[i]))
            {
                errors.Add(new(ValidationErrorCode.InvalidValue, id, $"aliases[{i}]", "An alias must not be blank."));
            }
        }

        if (entity.Location is GeoPoint point)
        {
            if (!Enum.IsDefined(point.Precision))
            {
                errors.Add(new(ValidationErrorCode.UnknownKind, id, "location.precision", $"Unknown location precision; expected one of {ContractNames.ListOf<LocationPrecision>()}."));
            }
            else if (!point.IsValid)
            {
                errors.Add(new(ValidationErrorCode.InvalidCoordinates, id, "location",
                    $"Coordinates ({point.Lat}, {point.Lon}) are invalid; latitude must be within -90..90 and longitude within -180..180."));
            }
        }

        if (kindKnown)
        {
            CheckAttributes(errors, entity, lookup);
        }

        CheckEvidence(errors, id, "evidence", entity.Evidence, lookup, "An entity");
        CheckIndicators(errors, entity, lookup);
        return errors;
    }

    /// <summary>The rules one relation breaks, resolving its ends and sources through <paramref name="lookup"/>.</summary>
    public static IReadOnlyList<ValidationError> ValidateRelation(Relation relation, IGraphLookup lookup)
    {
        var errors = new List<ValidationError>();
        string id = relation.Id ?? string.Empty;
        bool typeKnown = Enum.IsDefined(relation.Type);
        if (!typeKnown)
        {
            errors.Add(new(ValidationErrorCode.UnknownKind, id, "type", $"Unknown relation type {(int)relation.Type}; expected one of {ContractNames.ListOf<RelationType>()}."));
        }
        else if (!GraphIds.IsRelationIdFor(id, relation.Type, relation.FromId ?? string.Empty, relation.ToId ?? string.Empty))
        {
            errors.Add(new(ValidationErrorCode.InvalidId, id, "id",
                $"'{id}' is not the ID of this relation; expected '{GraphIds.ForRelation(relation.Type, relation.FromId ?? string.Empty, relation.ToId ?? string.Empty)}' (optionally with ':n', n >= 2)."));
        }

        Entity? from = FindEnd(errors, id, "from", relation.FromId, lookup);
        Entity? to = FindEnd(errors, id, "to", relation.ToId, lookup);
        if (relation.FromId is not null && string.Equals(relation.FromId, relation.ToId, StringComparison.Ordinal))
        {
            errors.Add(new(ValidationErrorCode.NotAllowedBetweenKinds, id, "to", "A relation cannot join an entity to itself."));
        }
        else if (typeKnown && from is not null && to is not null && !RelationRules.IsAllowed(relation.Type, from.Kind, to.Kind))
        {
            string allowed = string.Join(", ", RelationRules.AllowedPairs(relation.Type)
                .Select(p => $"{ContractNames.ToContractName(p.From)} -> {ContractNames.ToContractName(p.To)}"));
            errors.Add(new(ValidationErrorCode.NotAllowedBetweenKinds, id, "type",
                $"{ContractNames.ToContractName(relation.Type)} may not join {ContractNames.ToContractName(from.Kind)} '{from.Id}' to {ContractNames.ToContractName(to.Kind)} '{to.Id}'; allowed: {allowed}."));
        }

        if (typeKnown && relation.Type == RelationType.StageOf && from?.Attributes is StageAttributes { IndustryId: string declared }
            && !string.Equals(declared, relation.ToId, StringComparison.Ordinal))
        {
            errors.Add(new(ValidationErrorCode.Conflict, id, "to",
                $"Stage '{from.Id}' declares industry '{declared}' but this STAGE_OF points to '{relation.ToId}'."));
        }

        if (relation.Since is DateOnly since && relation.Until is DateOnly until && until <= since)
        {
            errors.Add(new(ValidationErrorCode.InvalidDateRange, id, "until",
                $"until {until:yyyy-MM-dd} must be after since {since:yyyy-MM-dd} (the relation holds from since up to, not including, until)."));
        }

        if (!double.IsFinite(relation.Confidence) || relation.Confidence is < 0 or > 1)
        {
            errors.Add(new(ValidationErrorCode.InvalidValue, id, "confidence", $"confidence {relation.Confidence} must be within 0..1."));
        }

        CheckEvidence(errors, id, "evidence", relation.Evidence, lookup, "A relation");
        return errors;
    }

    private static void AddDuplicate(List<ValidationError> errors, HashSet<string> seen, string? id)
    {
        if (id is not null && !seen.Add(id))
        {
            errors.Add(new(ValidationErrorCode.Conflict, id, "id", $"The ID '{id}' is used more than once."));
        }
    }

    private static Entity? FindEnd(List<ValidationError> errors, string id, string field, string? endId, IGraphLookup lookup)
    {
        if (string.IsNullOrEmpty(endId))
        {
            errors.Add(new(ValidationErrorCode.InvalidValue, id, field, $"A relation needs a '{field}' entity."));
            return null;
        }

        Entity? end = lookup.FindEntity(endId);
        if (end is null)
        {
            errors.Add(new(ValidationErrorCode.DanglingReference, id, field, $"'{field}' names '{endId}', which is not an entity of the graph."));
        }

        return end;
    }

    private static void CheckAttributes(List<ValidationError> errors, Entity entity, IGraphLookup lookup)
    {
        string id = entity.Id ?? string.Empty;
        string kindName = ContractNames.ToContractName(entity.Kind);
        EntityAttributes? attributes = entity.Attributes;
        if (attributes is not null && attributes.Kind != entity.Kind)
        {
            errors.Add(new(ValidationErrorCode.InvalidAttributes, id, "attributes",
                $"A {kindName} cannot carry {ContractNames.ToContractName(attributes.Kind)} attributes."));
            return;
        }

        bool required = entity.Kind is EntityKind.Region or EntityKind.IndustrialComplex or EntityKind.Institute
            or EntityKind.ValueChainStage or EntityKind.Initiative;
        if (attributes is null)
        {
            if (required)
            {
                errors.Add(new(ValidationErrorCode.InvalidAttributes, id, "attributes", $"A {kindName} needs its {kindName} attributes."));
            }

            return;
        }

        switch (attributes)
        {
            case RegionAttributes region:
                CheckDefined(errors, id, "region.level", region.Level);
                break;
            case ComplexAttributes complex:
                CheckDefined(errors, id, "complex.complexKind", complex.ComplexKind);
                break;
            case CompanyAttributes company:
                CheckDefined(errors, id, "company.size", company.Size);
                CheckUrl(errors, id, "company.website", company.Website);
                break;
            case InstituteAttributes institute:
                CheckDefined(errors, id, "institute.instituteKind", institute.InstituteKind);
                CheckUrl(errors, id, "institute.website", institute.Website);
                break;
            case StageAttributes stage:
                if (stage.Order < 1)
                {
                    errors.Add(new(ValidationErrorCode.InvalidValue, id, "stage.order", $"order {stage.Order} must be 1 or more (1 = most upstream)."));
                }

                if (stage.IndustryId is not null)
                {
                    CheckReference(errors, id, "stage.industry", stage.IndustryId, lookup, EntityKind.Industry);
                }

                break;
            case InitiativeAttributes initiative:
                CheckDefined(errors, id, "initiative.initiativeKind", initiative.InitiativeKind);
                if (initiative.Date is DateOnly start && initiative.EndDate is DateOnly end && end < start)
                {
                    errors.Add(new(ValidationErrorCode.InvalidDateRange, id, "initiative.endDate",
                        $"endDate {end:yyyy-MM-dd} is before date {start:yyyy-MM-dd}."));
                }

                break;
        }
    }

    private static void CheckIndicators(List<ValidationError> errors, Entity entity, IGraphLookup lookup)
    {
        string id = entity.Id ?? string.Empty;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < entity.Indicators.Count; i++)
        {
            Indicator indicator = entity.Indicators[i];
            string field = $"indicators[{i}]";
            if (indicator.Key is null || !GraphIds.IsValidSlug(indicator.Key))
            {
                errors.Add(new(ValidationErrorCode.InvalidValue, id, field + ".key", $"Indicator key '{indicator.Key}' must be lower-case ASCII words joined by '-'."));
            }
            else if (!keys.Add(indicator.Key))
            {
                errors.Add(new(ValidationErrorCode.Conflict, id, field + ".key", $"Indicator key '{indicator.Key}' is used twice on this entity."));
            }

            if (indicator.Name is null || indicator.Name.IsEmpty)
            {
                errors.Add(new(ValidationErrorCode.InvalidValue, id, field + ".name", "An indicator needs a Korean or an English name."));
            }

            if (!double.IsFinite(indicator.Value))
            {
                errors.Add(new(ValidationErrorCode.InvalidValue, id, field + ".value", "An indicator's value must be a finite number."));
            }

            if (indicator.About is not null)
            {
                CheckReference(errors, id, field + ".about", indicator.About, lookup, EntityKind.Industry, EntityKind.ValueChainStage);
            }

            CheckEvidence(errors, id, field + ".evidence", indicator.Evidence, lookup, "An indicator");
        }
    }

    private static void CheckEvidence(List<ValidationError> errors, string id, string field, IReadOnlyList<Evidence>? evidence, IGraphLookup lookup, string what)
    {
        if (evidence is null || evidence.Count == 0)
        {
            errors.Add(new(ValidationErrorCode.MissingEvidence, id, field, $"{what} needs evidence: at least one source and the passage that states it."));
            return;
        }

        for (int i = 0; i < evidence.Count; i++)
        {
            Evidence item = evidence[i];
            if (string.IsNullOrEmpty(item.SourceId) || lookup.FindSource(item.SourceId) is null)
            {
                errors.Add(new(ValidationErrorCode.UnknownSource, id, $"{field}[{i}].source", $"Evidence cites '{item.SourceId}', which is not a source of the graph."));
            }

            if (item.Quote is not null && string.IsNullOrWhiteSpace(item.Quote))
            {
                errors.Add(new(ValidationErrorCode.InvalidValue, id, $"{field}[{i}].quote", "A quote must not be blank; omit it only for a source without text."));
            }
        }
    }

    private static void CheckReference(List<ValidationError> errors, string id, string field, string referenceId, IGraphLookup lookup, params EntityKind[] kinds)
    {
        Entity? target = lookup.FindEntity(referenceId);
        if (target is null)
        {
            errors.Add(new(ValidationErrorCode.DanglingReference, id, field, $"'{referenceId}' is not an entity of the graph."));
        }
        else if (Array.IndexOf(kinds, target.Kind) < 0)
        {
            errors.Add(new(ValidationErrorCode.NotAllowedBetweenKinds, id, field,
                $"'{referenceId}' is a {ContractNames.ToContractName(target.Kind)}; expected {string.Join(" or ", kinds.Select(ContractNames.ToContractName))}."));
        }
    }

    private static void CheckDefined<TEnum>(List<ValidationError> errors, string id, string field, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            errors.Add(new(ValidationErrorCode.UnknownKind, id, field, $"Unknown value '{value}'; expected one of {ContractNames.ListOf<TEnum>()}."));
        }
    }

    private static void CheckUrl(List<ValidationError> errors, string id, string field, string? url)
    {
        if (url is not null
            && !(Uri.TryCreate(url, UriKind.Absolute, out Uri? parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps)))
        {
            errors.Add(new(ValidationErrorCode.InvalidValue, id, field, $"'{url}' is not an absolute http(s) URL."));
        }
    }

    /// <summary>
    /// The rule that spans items: every stage belongs to exactly one industry, named by its
    /// attributes, its STAGE_OF relation, or both in agreement. Part of <see cref="Validate"/>.
    /// </summary>
    public static IReadOnlyList<ValidationError> ValidateStageIndustries(KnowledgeGraph graph)
    {
        var errors = new List<ValidationError>();
        var stageOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (Relation relation in graph.Relations)
        {
            if (relation.Type == RelationType.StageOf && relation.FromId is not null && relation.ToId is not null)
            {
                if (!stageOf.TryGetValue(relation.FromId, out List<string>? industries))
                {
                    stageOf[relation.FromId] = industries = [];
                }

                if (!industries.Contains(relation.ToId, StringComparer.Ordinal))
                {
                    industries.Add(relation.ToId);
                }
            }
        }

        foreach (Entity entity in graph.Entities)
        {
            if (entity.Kind != EntityKind.ValueChainStage)
            {
                continue;
            }

            List<string> industries = stageOf.GetValueOrDefault(entity.Id) ?? [];
            bool declared = entity.Attributes is StageAttributes { IndustryId: not null };
            if (industries.Count > 1)
            {
                errors.Add(new(ValidationErrorCode.Conflict, entity.Id, "stage.industry",
                    $"The stage is STAGE_OF more than one industry ({string.Join(", ", industries)}); a stage belongs to exactly one."));
            }
            else if (industries.Count == 0 && !declared)
            {
                errors.Add(new(ValidationErrorCode.InvalidAttributes, entity.Id, "stage.industry",
                    "The stage belongs to no industry: give stage.industry or a STAGE_OF relation."));
            }
        }

        return errors;
    }
}
