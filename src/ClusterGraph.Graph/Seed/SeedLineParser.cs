using System.Text.Json;
using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Seed;

/// <summary>
/// Turns one seed line (a JSON object) into a model item. Shape errors (not JSON, missing or
/// mistyped fields, unknown enum names, unknown properties) are collected as messages; the rules
/// of the model itself are left to <see cref="GraphValidator"/>. Field names and enum spellings
/// follow the contract's input types (EntityInput, RelationInput, SourceInput).
/// </summary>
internal static class SeedLineParser
{
    private static readonly JsonDocumentOptions s_options = new() { MaxDepth = 16, CommentHandling = JsonCommentHandling.Disallow };

    private static readonly (string Field, EntityKind Kind)[] s_attributeFields =
    [
        ("region", EntityKind.Region),
        ("complex", EntityKind.IndustrialComplex),
        ("company", EntityKind.Company),
        ("institute", EntityKind.Institute),
        ("stage", EntityKind.ValueChainStage),
        ("initiative", EntityKind.Initiative),
    ];

    public static Source? ParseSource(string line, List<string> errors) =>
        Parse(line, errors, reader =>
        {
            string id = reader.RequiredString("id");
            string title = reader.RequiredString("title");
            Lang? lang = reader.RequiredEnum<Lang>("lang", "language");
            var source = new Source(id, title, lang ?? Lang.Ko)
            {
                Publisher = reader.OptionalString("publisher"),
                Url = reader.OptionalString("url"),
                PublishedAt = reader.OptionalDate("publishedAt"),
                RetrievedAt = reader.OptionalDateTime("retrievedAt"),
                Note = reader.OptionalString("note"),
            };
            return lang is null ? null : source;
        });

    public static Entity? ParseEntity(string line, List<string> errors) =>
        Parse(line, errors, reader =>
        {
            string id = reader.RequiredString("id");
            EntityKind? kind = reader.RequiredEnum<EntityKind>("kind", "entity kind");
            LocalizedText? names = ReadText(reader.OptionalObject("names"));
            if (names is null && !reader.Has("names"))
            {
                reader.Error("names", "is required (an object with 'ko' and/or 'en').");
            }

            var entity = new Entity(id, kind ?? EntityKind.Region, names ?? new LocalizedText(null, null))
            {
                Aliases = reader.OptionalStringArray("aliases"),
                Description = ReadText(reader.OptionalObject("description")),
                Location = ReadLocation(reader.OptionalObject("location")),
                Attributes = ReadAttributes(reader),
                Indicators = ReadIndicators(reader, errors),
                Evidence = ReadEvidence(reader, "evidence", errors),
            };
            return kind is null ? null : entity;
        });

    public static Relation? ParseRelation(string line, List<string> errors) =>
        Parse(line, errors, reader =>
        {
            string? id = reader.OptionalString("id");
            RelationType? type = reader.RequiredEnum<RelationType>("type", "relation type");
            string from = reader.RequiredString("from");
            string to = reader.RequiredString("to");
            var relation = new Relation(string.Empty, type ?? RelationType.LocatedIn, from, to)
            {
                Role = reader.OptionalString("role"),
                Since = reader.OptionalDate("since"),
                Until = reader.OptionalDate("until"),
                Confidence = reader.OptionalNumber("confidence") ?? 1.0,
                Evidence = ReadEvidence(reader, "evidence", errors),
            };
            return type is null ? null : relation with { Id = id ?? GraphIds.ForRelation(type.Value, from, to) };
        });

    private static T? Parse<T>(string line, List<string> errors, Func<JsonObjectReader, T?> read)
        where T : class
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, s_options);
        }
        catch (JsonException exception)
        {
            errors.Add($"not valid JSON: {exception.Message}");
            return null;
        }

        using (document)
        {
            JsonObjectReader? reader = JsonObjectReader.Open(document.RootElement, string.Empty, errors);
            if (reader is null)
            {
                return null;
            }

            int before = errors.Count;
            T? item = read(reader);
            reader.RejectUnknownProperties();
            return errors.Count == before ? item : null;
        }
    }

    private static LocalizedText? ReadText(JsonObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var text = new LocalizedText(reader.OptionalString("ko"), reader.OptionalString("en"));
        reader.RejectUnknownProperties();
        return text;
    }

    private static GeoPoint? ReadLocation(JsonObjectReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        double lat = reader.RequiredNumber("lat");
        double lon = reader.RequiredNumber("lon");
        LocationPrecision? precision = reader.RequiredEnum<LocationPrecision>("precision", "location precision");
        reader.RejectUnknownProperties();
        return new GeoPoint(lat, lon, precision ?? LocationPrecision.Site);
    }

    private static EntityAttributes? ReadAttributes(JsonObjectReader entity)
    {
        EntityAttributes? attributes = null;
        string? first = null;
        foreach ((string field, EntityKind kind) in s_attributeFields)
        {
            JsonObjectReader? reader = entity.OptionalObject(field);
            if (reader is null)
            {
                continue;
            }

            if (first is not null)
            {
                entity.Error(field, $"an entity carries the attributes of one kind only, and '{first}' is given too.");
                continue;
            }

            first = field;
            attributes = ReadAttributes(reader, kind);
            reader.RejectUnknownProperties();
        }

        return attributes;
    }

    private static EntityAttributes? ReadAttributes(JsonObjectReader reader, EntityKind kind)
    {
        switch (kind)
        {
            case EntityKind.Region:
                RegionLevel? level = reader.RequiredEnum<RegionLevel>("level", "region level");
                return new RegionAttributes(level ?? RegionLevel.Country, reader.OptionalString("code"));
            case EntityKind.IndustrialComplex:
                ComplexKind? complexKind = reader.RequiredEnum<ComplexKind>("complexKind", "complex kind");
                return new ComplexAttributes(complexKind ?? ComplexKind.National);
            case EntityKind.Company:
                return new CompanyAttributes(reader.OptionalEnum<CompanySize>("size", "company size") ?? CompanySize.Unknown, reader.OptionalString("website"));
            case EntityKind.Institute:
                InstituteKind? instituteKind = reader.RequiredEnum<InstituteKind>("instituteKind", "institute kind");
                return new InstituteAttributes(instituteKind ?? InstituteKind.ResearchInstitute, reader.OptionalString("website"));
            case EntityKind.ValueChainStage:
                int? order = reader.OptionalInt("order");
                if (order is null && !reader.Has("order"))
                {
                    reader.Error("order", "is required.");
                }

                return new StageAttributes(order ?? 1, reader.OptionalString("industry"));
            default:
                InitiativeKind? initiativeKind = reader.RequiredEnum<InitiativeKind>("initiativeKind", "initiative kind");
                return new InitiativeAttributes(
                    initiativeKind ?? InitiativeKind.Program,
                    reader.OptionalDate("date"),
                    reader.OptionalDate("endDate"),
                    reader.OptionalString("period"));
        }
    }

    private static List<Indicator> ReadIndicators(JsonObjectReader entity, List<string> errors)
    {
        var indicators = new List<Indicator>();
        foreach ((JsonElement item, string path) in entity.OptionalArray("indicators"))
        {
            JsonObjectReader? reader = JsonObjectReader.Open(item, path, errors);
            if (reader is null)
            {
                continue;
            }

            string key = reader.RequiredString("key");
            LocalizedText? name = ReadText(reader.OptionalObject("name"));
            if (name is null)
            {
                reader.Error("name", "is required (an object with 'ko' and/or 'en').");
            }

            indicators.Add(new Indicator(key, name ?? new LocalizedText(null, null), reader.RequiredNumber("value"))
            {
                Unit = reader.OptionalString("unit"),
                Qualifier = reader.OptionalString("qualifier"),
                About = reader.OptionalString("about"),
                Date = reader.OptionalDate("date"),
                Period = reader.OptionalString("period"),
                Target = reader.OptionalBool("target") ?? false,
                Evidence = ReadEvidence(reader, "evidence", errors),
            });
            reader.RejectUnknownProperties();
        }

        return indicators;
    }

    private static List<Evidence> ReadEvidence(JsonObjectReader owner, string field, List<string> errors)
    {
        var evidence = new List<Evidence>();
        foreach ((JsonElement item, string path) in owner.OptionalArray(field))
        {
            JsonObjectReader? reader = JsonObjectReader.Open(item, path, errors);
            if (reader is null)
            {
                continue;
            }

            evidence.Add(new Evidence(reader.RequiredString("source"), reader.OptionalString("quote")));
            reader.RejectUnknownProperties();
        }

        return evidence;
    }
}
