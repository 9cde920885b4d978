using System.Globalization;
using System.Text.Json;
using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Seed;

/// <summary>
/// Reads the fields of one JSON object of a seed line, collecting a message per problem (missing
/// field, wrong JSON type, unknown enum name, unknown property) instead of throwing. A JSON null
/// counts as an absent field.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly JsonElement _element;
    private readonly string _path;
    private readonly List<string> _errors;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private JsonObjectReader(JsonElement element, string path, List<string> errors)
    {
        _element = element;
        _path = path;
        _errors = errors;
    }

    /// <summary>A reader over <paramref name="element"/>, or null (with an error) when it is not an object.</summary>
    public static JsonObjectReader? Open(JsonElement element, string path, List<string> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{Describe(path)}expected a JSON object, found {element.ValueKind}.");
            return null;
        }

        return new JsonObjectReader(element, path, errors);
    }

    public bool Has(string name) => Find(name) is not null;

    public string? OptionalString(string name)
    {
        JsonElement? value = Find(name);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind != JsonValueKind.String)
        {
            Error(name, $"expected a string, found {value.Value.ValueKind}.");
            return null;
        }

        return value.Value.GetString();
    }

    public string RequiredString(string name)
    {
        if (!Has(name))
        {
            Error(name, "is required.");
            return string.Empty;
        }

        return OptionalString(name) ?? string.Empty;
    }

    public double? OptionalNumber(string name)
    {
        JsonElement? value = Find(name);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetDouble(out double number))
        {
            Error(name, $"expected a number, found {value.Value.ValueKind}.");
            return null;
        }

        return number;
    }

    public double RequiredNumber(string name)
    {
        if (!Has(name))
        {
            Error(name, "is required.");
            return 0;
        }

        return OptionalNumber(name) ?? 0;
    }

    public int? OptionalInt(string name)
    {
        JsonElement? value = Find(name);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetInt32(out int number))
        {
            Error(name, "expected a whole number.");
            return null;
        }

        return number;
    }

    public bool? OptionalBool(string name)
    {
        JsonElement? value = Find(name);
        if (value is null)
        {
            return null;
        }

        if (value.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Error(name, $"expected true or false, found {value.Value.ValueKind}.");
            return null;
        }

        return value.Value.GetBoolean();
    }

    public DateOnly? OptionalDate(string name)
    {
        string? text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            Error(name, $"'{text}' is not a date; expected YYYY-MM-DD (leave it null when the source gives no full date).");
            return null;
        }

        return date;
    }

    public DateTimeOffset? OptionalDateTime(string name)
    {
        string? text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        if (!text.Contains('T', StringComparison.Ordinal)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset instant))
        {
            Error(name, $"'{text}' is not an RFC 3339 date-time (e.g. 2026-11-21T09:30:00+09:00).");
            return null;
        }

        return instant;
    }

    /// <summary>An enum given by its contract name (e.g. INDUSTRIAL_COMPLEX); null with an error for any other text.</summary>
    public TEnum? OptionalEnum<TEnum>(string name, string what)
        where TEnum : struct, Enum
    {
        string? text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        if (!ContractNames.TryParse(text, out TEnum value))
        {
            Error(name, $"unknown {what} '{text}'; expected one of {ContractNames.ListOf<TEnum>()}.");
            return null;
        }

        return value;
    }

    public TEnum? RequiredEnum<TEnum>(string name, string what)
        where TEnum : struct, Enum
    {
        if (!Has(name))
        {
            Error(name, "is required.");
            return null;
        }

        return OptionalEnum<TEnum>(name, what);
    }

    public JsonObjectReader? OptionalObject(string name)
    {
        JsonElement? value = Find(name);
        return value is null ? null : Open(value.Value, Child(name), _errors);
    }

    /// <summary>The items of an array field (empty when absent), each with its path for messages.</summary>
    public IReadOnlyList<(JsonElement Item, string Path)> OptionalArray(string name)
    {
        JsonElement? value = Find(name);
        if (value is null)
        {
            return [];
        }

        if (value.Value.ValueKind != JsonValueKind.Array)
        {
            Error(name, $"expected an array, found {value.Value.ValueKind}.");
            return [];
        }

        var items = new List<(JsonElement, string)>();
        int index = 0;
        foreach (JsonElement item in value.Value.EnumerateArray())
        {
            items.Add((item, $"{Child(name)}[{index}]"));
            index++;
        }

        return items;
    }

    public IReadOnlyList<string> OptionalStringArray(string name)
    {
        var strings = new List<string>();
        foreach ((JsonElement item, string path) in OptionalArray(name))
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                strings.Add(item.GetString()!);
            }
            else
            {
                _errors.Add($"{Describe(path)}expected a string, found {item.ValueKind}.");
            }
        }

        return strings;
    }

    /// <summary>Reports every property no reader call asked for (typos such as 'aliasses').</summary>
    public void RejectUnknownProperties()
    {
        foreach (JsonProperty property in _element.EnumerateObject())
        {
            if (!_read.Contains(property.Name))
            {
                _errors.Add($"{Describe(Child(property.Name))}unknown property.");
            }
        }
    }

    public void Error(string name, string message) => _errors.Add($"{Describe(Child(name))}{message}");

    private static string Describe(string path) => path.Length == 0 ? string.Empty : path + ": ";

    private string Child(string name) => _path.Length == 0 ? name : _path + "." + name;

    private JsonElement? Find(string name)
    {
        _read.Add(name);
        return _element.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? value : null;
    }
}
