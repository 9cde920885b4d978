using System.Text.Json;
using ClusterGraph.Graph.Model;

namespace ClusterGraph.Neo4j.Mapping;

/// <summary>Indicators as one JSON string property (Neo4j properties cannot hold maps; indicators are read only as a whole).</summary>
internal static class IndicatorJson
{
    public static string Write(IReadOnlyList<Indicator> indicators)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (Indicator indicator in indicators)
            {
                writer.WriteStartObject();
                writer.WriteString("key", indicator.Key);
                writer.WriteString("nameKo", indicator.Name.Ko);
                writer.WriteString("nameEn", indicator.Name.En);
                writer.WriteNumber("value", indicator.Value);
                writer.WriteString("unit", indicator.Unit);
                writer.WriteString("qualifier", indicator.Qualifier);
                writer.WriteString("about", indicator.About);
                writer.WriteString("date", indicator.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteString("period", indicator.Period);
                writer.WriteBoolean("target", indicator.Target);
                writer.WriteStartArray("evidence");
                foreach (Evidence evidence in indicator.Evidence)
                {
                    writer.WriteStartObject();
                    writer.WriteString("sourceId", evidence.SourceId);
                    writer.WriteString("quote", evidence.Quote);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static IReadOnlyList<Indicator> Read(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        using JsonDocument document = JsonDocument.Parse(json);
        var indicators = new List<Indicator>();
        foreach (JsonElement item in document.RootElement.EnumerateArray())
        {
            var evidence = new List<Evidence>();
            foreach (JsonElement e in item.GetProperty("evidence").EnumerateArray())
            {
                evidence.Add(new Evidence(e.GetProperty("sourceId").GetString()!, e.GetProperty("quote").GetString()));
            }

            string? date = item.GetProperty("date").GetString();
            indicators.Add(new Indicator(
                item.GetProperty("key").GetString()!,
                new LocalizedText(item.GetProperty("nameKo").GetString(), item.GetProperty("nameEn").GetString()),
                item.GetProperty("value").GetDouble())
            {
                Unit = item.GetProperty("unit").GetString(),
                Qualifier = item.GetProperty("qualifier").GetString(),
                About = item.GetProperty("about").GetString(),
                Date = date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Period = item.GetProperty("period").GetString(),
                Target = item.GetProperty("target").GetBoolean(),
                Evidence = evidence,
            });
        }

        return indicators;
    }
}
