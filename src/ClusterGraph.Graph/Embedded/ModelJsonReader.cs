using System.Globalization;
using System.Text.Json;
using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// Reads back the rows <see cref="ModelJson"/> writes, straight from UTF-8 with
/// <see cref="Utf8JsonReader"/>: loading a million rows through the seed's validating parser would
/// take most of the start-up budget. Rows were validated when written; a row this reader does not
/// understand fails the load with <see cref="InvalidDataException"/> rather than being guessed at.
/// </summary>
internal ref struct ModelJsonReader
{
    private readonly RowInterner _pool;
    private Utf8JsonReader _json;

    private ModelJsonReader(ReadOnlySpan<byte> utf8, RowInterner pool)
    {
        _json = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 8 });
        _pool = pool;
    }

    public static Source ReadSource(ReadOnlySpan<byte> utf8, RowInterner pool)
    {
        var reader = new ModelJsonReader(utf8, pool);
        string id = string.Empty, title = string.Empty;
        string? publisher = null, url = null, note = null;
        DateOnly? published = null;
        DateTimeOffset? retrieved = null;
        Lang lang = Lang.Ko;
        reader.StartObject();
        while (reader.NextProperty() is string name)
        {
            switch (name)
            {
                case "id": id = reader.String(); break;
                case "title": title = reader.String(); break;
                case "publisher": publisher = reader.String(); break;
                case "url": url = reader.String(); break;
                case "publishedAt": published = reader.Date(); break;
                case "lang": lang = EnumNames<Lang>.Parse(reader.String()); break;
                case "retrievedAt": retrieved = DateTimeOffset.Parse(reader.String(), CultureInfo.InvariantCulture); break;
                case "note": note = reader.String(); break;
                default: throw Unknown(name);
            }
        }

        return new Source(id, title, lang) { Publisher = publisher, Url = url, PublishedAt = published, RetrievedAt = retrieved, Note = note };
    }

    public static Relation ReadRelation(ReadOnlySpan<byte> utf8, RowInterner pool)
    {
        var reader = new ModelJsonReader(utf8, pool);
        string id = string.Empty, from = string.Empty, to = string.Empty;
        string? role = null;
        DateOnly? since = null, until = null;
        double confidence = 1.0;
        RelationType type = default;
        IReadOnlyList<Evidence> evidence = [];
        reader.StartObject();
        while (reader.NextProperty() is string name)
        {
            switch (name)
            {
                case "id": id = reader.String(); break;
                case "type": type = EnumNames<RelationType>.Parse(reader.PooledString()); break;
                case "from": from = reader.PooledString(); break;
                case "to": to = reader.PooledString(); break;
                case "role": role = reader.String(); break;
                case "since": since = reader.Date(); break;
                case "until": until = reader.Date(); break;
                case "confidence": confidence = reader.Number(); break;
                case "evidence": evidence = reader.EvidenceList(); break;
                default: throw Unknown(name);
            }
        }

        return new Relation(id, type, from, to) { Role = role, Since = since, Until = until, Confidence = confidence, Evidence = evidence };
    }

    public static Entity ReadEntity(ReadOnlySpan<byte> utf8, RowInterner pool)
    {
        var reader = new ModelJsonReader(utf8, pool);
        string id = string.Empty;
        EntityKind kind = default;
        LocalizedText names = new(null, null);
        LocalizedText? description = null;
        IReadOnlyList<string> aliases = [];
        GeoPoint? location = null;
        EntityAttributes? attributes = null;
        IReadOnlyList<Indicator> indicators = [];
        IReadOnlyList<Evidence> evidence = [];
        reader.StartObject();
        while (reader.NextProperty() is string name)
        {
            switch (name)
            {
                case "id": id = reader.PooledString(); break;
                case "kind": kind = EnumNames<EntityKind>.Parse(reader.PooledString()); break;
                case "names": names = reader.Text(); break;
                case "aliases": aliases = reader.StringList(); break;
                case "description": description = reader.Text(); break;
                case "location": location = reader.Location(); break;
                case "indicators": indicators = reader.IndicatorList(); break;
                case "evidence": evidence = reader.EvidenceList(); break;
                default: attributes = reader.Attributes(name); break;
            }
        }

        return new Entity(id, kind, names)
        {
            Aliases = aliases,
            Description = description,
            Location = location,
            Attributes = attributes,
            Indicators = indicators,
            Evidence = evidence,
        };
    }

    private static InvalidDataException Unknown(string name) => new($"The database row has a property '{name}' this version does not know.");

    private void Read()
    {
        if (!_json.Read())
        {
            throw new InvalidDataException("The database row ends early.");
        }
    }

    private void StartObject()
    {
        Read();
        if (_json.TokenType != JsonTokenType.StartObject)
        {
            throw new InvalidDataException("A database row must be a JSON object.");
        }
    }

    // The next property's name, positioned before its value; null at the end of the object.
    private string? NextProperty()
    {
        Read();
        return _json.TokenType == JsonTokenType.PropertyName ? _json.GetString() : null;
    }

    private string String()
    {
        Read();
        return _json.GetString() ?? throw new InvalidDataException("A database row holds null where a string belongs.");
    }

    // A string read through the pool: IDs, sources and quotes repeat across rows.
    private string PooledString()
    {
        Read();
        if (_json.TokenType != JsonTokenType.String)
        {
            throw new InvalidDataException("A database row holds a non-string where a string belongs.");
        }

        int length = _json.HasValueSequence ? (int)_json.ValueSequence.Length : _json.ValueSpan.Length;
        if (length > RowInterner.MaxPooledLength)
        {
            return _pool.Get(_json.GetString()!);
        }

        Span<char> buffer = stackalloc char[RowInterner.MaxPooledLength];
        int written = _json.CopyString(buffer);
        return _pool.Get(buffer[..written]);
    }

    private string? NullablePooledString()
    {
        Read();
        if (_json.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        string text = _json.GetString()!;
        return _pool.Get(text);
    }

    private string? NullableString()
    {
        Read();
        return _json.TokenType == JsonTokenType.Null ? null : _json.GetString();
    }

    private double Number()
    {
        Read();
        return _json.GetDouble();
    }

    private DateOnly Date() => DateOnly.ParseExact(String(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private LocalizedText Text()
    {
        string? ko = null, en = null;
        StartObject();
        while (NextProperty() is string name)
        {
            switch (name)
            {
                case "ko": ko = NullableString(); break;
                case "en": en = NullableString(); break;
                default: throw Unknown(name);
            }
        }

        return new LocalizedText(ko, en);
    }

    private List<string> StringList()
    {
        var list = new List<string>();
        Read();
        while (true)
        {
            Read();
            if (_json.TokenType == JsonTokenType.EndArray)
            {
                return list;
            }

            list.Add(_json.GetString() ?? string.Empty);
        }
    }

    private GeoPoint Location()
    {
        double lat = 0, lon = 0;
        LocationPrecision precision = default;
        StartObject();
        while (NextProperty() is string name)
        {
            switch (name)
            {
                case "lat": lat = Number(); break;
                case "lon": lon = Number(); break;
                case "precision": precision = EnumNames<LocationPrecision>.Parse(String()); break;
                default: throw Unknown(name);
            }
        }

        return new GeoPoint(lat, lon, precision);
    }

    private IReadOnlyList<Evidence> EvidenceList()
    {
        var list = new List<Evidence>(2);
        Read();
        while (true)
        {
            Read();
            if (_json.TokenType == JsonTokenType.EndArray)
            {
                return _pool.Share(list);
            }

            string source = string.Empty;
            string? quote = null;
            while (NextProperty() is string name)
            {
                switch (name)
                {
                    case "source": source = PooledString(); break;
                    case "quote": quote = NullablePooledString(); break;
                    default: throw Unknown(name);
                }
            }

            list.Add(new Evidence(source, quote));
        }
    }

    private List<Indicator> IndicatorList()
    {
        var list = new List<Indicator>();
        Read();
        while (true)
        {
            Read();
            if (_json.TokenType == JsonTokenType.EndArray)
            {
                return list;
            }

            string key = string.Empty;
            LocalizedText name = new(null, null);
            double value = 0;
            string? unit = null, qualifier = null, about = null, period = null;
            DateOnly? date = null;
            bool target = false;
            IReadOnlyList<Evidence> evidence = [];
            while (NextProperty() is string property)
            {
                switch (property)
                {
                    case "key": key = String(); break;
                    case "name": name = Text(); break;
                    case "value": value = Number(); break;
                    case "unit": unit = String(); break;
                    case "qualifier": qualifier = String(); break;
                    case "about": about = String(); break;
                    case "date": date = Date(); break;
                    case "period": period = String(); break;
                    case "target": Read(); target = _json.GetBoolean(); break;
                    case "evidence": evidence = EvidenceList(); break;
                    default: throw Unknown(property);
                }
            }

            list.Add(new Indicator(key, name, value)
            {
                Unit = unit, Qualifier = qualifier, About = about, Date = date, Period = period, Target = target, Evidence = evidence,
            });
        }
    }

    private EntityAttributes Attributes(string kind)
    {
        var fields = new Dictionary<string, string>(4, StringComparer.Ordinal);
        StartObject();
        while (NextProperty() is string name)
        {
            Read();
            fields[name] = _json.TokenType == JsonTokenType.Number
                ? _json.GetInt32().ToString(CultureInfo.InvariantCulture)
                : _json.GetString() ?? string.Empty;
        }

        string? Optional(string name) => fields.GetValueOrDefault(name);
        DateOnly? OptionalDate(string name) => Optional(name) is string text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        string Required(string name) => Optional(name) ?? throw new InvalidDataException($"The database row's {kind} attributes lack '{name}'.");
        return kind switch
        {
            "region" => new RegionAttributes(EnumNames<RegionLevel>.Parse(Required("level")), Optional("code")),
            "complex" => new ComplexAttributes(EnumNames<ComplexKind>.Parse(Required("complexKind"))),
            "company" => new CompanyAttributes(EnumNames<CompanySize>.Parse(Required("size")), Optional("website")),
            "institute" => new InstituteAttributes(EnumNames<InstituteKind>.Parse(Required("instituteKind")), Optional("website")),
            "stage" => new StageAttributes(int.Parse(Required("order"), CultureInfo.InvariantCulture), Optional("industry")),
            "initiative" => new InitiativeAttributes(EnumNames<InitiativeKind>.Parse(Required("initiativeKind")), OptionalDate("date"), OptionalDate("endDate"), Optional("period")),
            _ => throw Unknown(kind),
        };
    }

    /// <summary>Contract names of an enum, looked up in a dictionary built once.</summary>
    private static class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly Dictionary<string, TEnum> s_byName =
            Enum.GetValues<TEnum>().ToDictionary(ContractNames.ToContractName, v => v, StringComparer.Ordinal);

        public static TEnum Parse(string name) =>
            s_byName.TryGetValue(name, out TEnum value) ? value : throw new InvalidDataException($"'{name}' is not a {typeof(TEnum).Name}.");
    }
}
