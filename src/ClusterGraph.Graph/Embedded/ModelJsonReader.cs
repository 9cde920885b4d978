using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// Reads back the rows <see cref="ModelJson"/> writes, straight from UTF-8 with
/// <see cref="Utf8JsonReader"/>: loading a million rows through the seed's validating parser would
/// take most of the start-up budget. Rows were validated when written; a row this reader does not
/// understand fails the load with <see cref="InvalidDataException"/> rather than being guessed at.
/// The methods are compiled fully optimized at once: they run millions of times during start-up,
/// before tiered compilation would get round to them.
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
                case "publisher": publisher = reader.PooledString(); break;
                case "url": url = reader.String(); break;
                case "publishedAt": published = reader.Date(); break;
                case "lang": lang = reader.Enum<Lang>(); break;
                case "retrievedAt": retrieved = DateTimeOffset.Parse(reader.String(), CultureInfo.InvariantCulture); break;
                case "note": note = reader.String(); break;
                default: throw Unknown(name);
            }
        }

        return new Source(id, title, lang) { Publisher = publisher, Url = url, PublishedAt = published, RetrievedAt = retrieved, Note = note };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
                case "type": type = reader.Enum<RelationType>(); break;
                case "from": from = reader.PooledString(); break;
                case "to": to = reader.PooledString(); break;
                case "role": role = reader.PooledString(); break;
                case "since": since = reader.Date(); break;
                case "until": until = reader.Date(); break;
                case "confidence": confidence = reader.Number(); break;
                case "evidence": evidence = reader.EvidenceList(); break;
                default: throw Unknown(name);
            }
        }

        return new Relation(id, type, from, to) { Role = role, Since = since, Until = until, Confidence = confidence, Evidence = evidence };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
                case "id": id = reader.String(); break;
                case "kind": kind = reader.Enum<EntityKind>(); break;
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Read()
    {
        if (!_json.Read())
        {
            throw new InvalidDataException("The database row ends early.");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void StartObject()
    {
        Read();
        if (_json.TokenType != JsonTokenType.StartObject)
        {
            throw new InvalidDataException("A database row must be a JSON object.");
        }
    }

    // The next property's name, positioned before its value; null at the end of the object.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? NextProperty()
    {
        Read();
        if (_json.TokenType != JsonTokenType.PropertyName)
        {
            return null;
        }

        // Names come from a fixed vocabulary: look the known spelling up instead of allocating a copy.
        if (!_json.ValueIsEscaped && !_json.HasValueSequence && _json.ValueSpan.Length <= PropertyNames.MaxLength
            && PropertyNames.Find(_json.ValueSpan) is string known)
        {
            return known;
        }

        return _json.GetString();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string String()
    {
        Read();
        return _json.GetString() ?? throw new InvalidDataException("A database row holds null where a string belongs.");
    }

    // A string read through the pool: IDs, sources and quotes repeat across rows.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string PooledString()
    {
        Read();
        return PooledCurrent();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string PooledCurrent()
    {
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? NullablePooledString()
    {
        Read();
        if (_json.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return PooledCurrent();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? NullableString()
    {
        Read();
        return _json.TokenType == JsonTokenType.Null ? null : _json.GetString();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Number()
    {
        Read();
        return _json.GetDouble();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private DateOnly Date()
    {
        Read();
        if (_json.TokenType == JsonTokenType.String && !_json.ValueIsEscaped && !_json.HasValueSequence
            && IsoDate.TryParse(_json.ValueSpan, out DateOnly date))
        {
            return date;
        }

        return DateOnly.ParseExact(_json.GetString() ?? string.Empty, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    // An enum value by its contract name, looked up without allocating the name.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private TEnum Enum<TEnum>()
        where TEnum : struct, Enum
    {
        Read();
        if (_json.TokenType != JsonTokenType.String)
        {
            throw new InvalidDataException($"A database row holds a non-string where a {typeof(TEnum).Name} belongs.");
        }

        if (!_json.ValueIsEscaped && !_json.HasValueSequence && _json.ValueSpan.Length <= EnumNames<TEnum>.MaxLength)
        {
            Span<char> name = stackalloc char[EnumNames<TEnum>.MaxLength];
            int length = System.Text.Encoding.UTF8.GetChars(_json.ValueSpan, name);
            if (EnumNames<TEnum>.TryFind(name[..length], out TEnum value))
            {
                return value;
            }
        }

        return EnumNames<TEnum>.Parse(_json.GetString()!);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
                case "precision": precision = Enum<LocationPrecision>(); break;
                default: throw Unknown(name);
            }
        }

        return new GeoPoint(lat, lon, precision);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
                    case "key": key = PooledString(); break;
                    case "name": name = Text(); break;
                    case "value": value = Number(); break;
                    case "unit": unit = PooledString(); break;
                    case "qualifier": qualifier = PooledString(); break;
                    case "about": about = PooledString(); break;
                    case "date": date = Date(); break;
                    case "period": period = PooledString(); break;
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private EntityAttributes Attributes(string kind)
    {
        if (kind is not ("region" or "complex" or "company" or "institute" or "stage" or "initiative"))
        {
            throw Unknown(kind);
        }

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
            System.Enum.GetValues<TEnum>().ToDictionary(ContractNames.ToContractName, v => v, StringComparer.Ordinal);

        private static readonly Dictionary<string, TEnum>.AlternateLookup<ReadOnlySpan<char>> s_bySpan =
            s_byName.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Length of the longest name.</summary>
        public static readonly int MaxLength = s_byName.Keys.Max(k => k.Length);

        public static bool TryFind(ReadOnlySpan<char> name, out TEnum value) => s_bySpan.TryGetValue(name, out value);

        public static TEnum Parse(string name) =>
            s_byName.TryGetValue(name, out TEnum value) ? value : throw new InvalidDataException($"'{name}' is not a {typeof(TEnum).Name}.");
    }
}
