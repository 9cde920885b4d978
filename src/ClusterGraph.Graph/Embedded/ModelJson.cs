using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// Writes sources, entities and relations as the seed's JSON lines (seed/README.md), so the database
/// stores the format curators write; <see cref="ModelJsonReader"/> reads them back. The graph export
/// writes the same objects into one document through the <c>WriteTo</c> overloads.
/// </summary>
public static class ModelJson
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Source source) => Write(writer => WriteTo(writer, source));

    public static string Write(Entity entity) => Write(writer => WriteTo(writer, entity));

    public static string Write(Relation relation) => Write(writer => WriteTo(writer, relation));

    /// <summary>Writes <paramref name="source"/> as one JSON object.</summary>
    public static void WriteTo(Utf8JsonWriter writer, Source source)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(source);
        writer.WriteStartObject();
        writer.WriteString("id", source.Id);
        writer.WriteString("title", source.Title);
        WriteOptional(writer, "publisher", source.Publisher);
        WriteOptional(writer, "url", source.Url);
        WriteOptional(writer, "publishedAt", source.PublishedAt);
        writer.WriteString("lang", ContractNames.ToContractName(source.Lang));
        if (source.RetrievedAt is DateTimeOffset retrieved)
        {
            writer.WriteString("retrievedAt", retrieved.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
        }

        WriteOptional(writer, "note", source.Note);
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="entity"/> as one JSON object (empty aliases and indicators left out).</summary>
    public static void WriteTo(Utf8JsonWriter writer, Entity entity)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entity);
        writer.WriteStartObject();
        writer.WriteString("id", entity.Id);
        writer.WriteString("kind", ContractNames.ToContractName(entity.Kind));
        WriteText(writer, "names", entity.Names);
        if (entity.Aliases.Count > 0)
        {
            writer.WriteStartArray("aliases");
            foreach (string alias in entity.Aliases)
            {
                writer.WriteStringValue(alias);
            }

            writer.WriteEndArray();
        }

        if (entity.Description is not null)
        {
            WriteText(writer, "description", entity.Description);
        }

        if (entity.Location is GeoPoint point)
        {
            writer.WriteStartObject("location");
            writer.WriteNumber("lat", point.Lat);
            writer.WriteNumber("lon", point.Lon);
            writer.WriteString("precision", ContractNames.ToContractName(point.Precision));
            writer.WriteEndObject();
        }

        WriteAttributes(writer, entity.Attributes);
        if (entity.Indicators.Count > 0)
        {
            writer.WriteStartArray("indicators");
            foreach (Indicator indicator in entity.Indicators)
            {
                writer.WriteStartObject();
                writer.WriteString("key", indicator.Key);
                WriteText(writer, "name", indicator.Name);
                writer.WriteNumber("value", indicator.Value);
                WriteOptional(writer, "unit", indicator.Unit);
                WriteOptional(writer, "qualifier", indicator.Qualifier);
                WriteOptional(writer, "about", indicator.About);
                WriteOptional(writer, "date", indicator.Date);
                WriteOptional(writer, "period", indicator.Period);
                writer.WriteBoolean("target", indicator.Target);
                WriteEvidence(writer, indicator.Evidence);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        WriteEvidence(writer, entity.Evidence);
        writer.WriteEndObject();
    }

    /// <summary>Writes <paramref name="relation"/> as one JSON object.</summary>
    public static void WriteTo(Utf8JsonWriter writer, Relation relation)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(relation);
        writer.WriteStartObject();
        writer.WriteString("id", relation.Id);
        writer.WriteString("type", ContractNames.ToContractName(relation.Type));
        writer.WriteString("from", relation.FromId);
        writer.WriteString("to", relation.ToId);
        WriteOptional(writer, "role", relation.Role);
        WriteOptional(writer, "since", relation.Since);
        WriteOptional(writer, "until", relation.Until);
        writer.WriteNumber("confidence", relation.Confidence);
        WriteEvidence(writer, relation.Evidence);
        writer.WriteEndObject();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, s_options))
        {
            body(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteAttributes(Utf8JsonWriter writer, EntityAttributes? attributes)
    {
        switch (attributes)
        {
            case RegionAttributes region:
                writer.WriteStartObject("region");
                writer.WriteString("level", ContractNames.ToContractName(region.Level));
                WriteOptional(writer, "code", region.Code);
                break;
            case ComplexAttributes complex:
                writer.WriteStartObject("complex");
                writer.WriteString("complexKind", ContractNames.ToContractName(complex.ComplexKind));
                break;
            case CompanyAttributes company:
                writer.WriteStartObject("company");
                writer.WriteString("size", ContractNames.ToContractName(company.Size));
                WriteOptional(writer, "website", company.Website);
                break;
            case InstituteAttributes institute:
                writer.WriteStartObject("institute");
                writer.WriteString("instituteKind", ContractNames.ToContractName(institute.InstituteKind));
                WriteOptional(writer, "website", institute.Website);
                break;
            case StageAttributes stage:
                writer.WriteStartObject("stage");
                writer.WriteNumber("order", stage.Order);
                WriteOptional(writer, "industry", stage.IndustryId);
                break;
            case InitiativeAttributes initiative:
                writer.WriteStartObject("initiative");
                writer.WriteString("initiativeKind", ContractNames.ToContractName(initiative.InitiativeKind));
                WriteOptional(writer, "date", initiative.Date);
                WriteOptional(writer, "endDate", initiative.EndDate);
                WriteOptional(writer, "period", initiative.Period);
                break;
            default:
                return;
        }

        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, string name, LocalizedText text)
    {
        writer.WriteStartObject(name);
        WriteOptional(writer, "ko", text.Ko);
        WriteOptional(writer, "en", text.En);
        writer.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter writer, IReadOnlyList<Evidence> evidence)
    {
        writer.WriteStartArray("evidence");
        foreach (Evidence item in evidence)
        {
            writer.WriteStartObject();
            writer.WriteString("source", item.SourceId);
            WriteOptional(writer, "quote", item.Quote);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, DateOnly? value)
    {
        if (value is DateOnly date)
        {
            writer.WriteString(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}
