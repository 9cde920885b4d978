using System.Text;
using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// Reads the payload <see cref="SnapshotFileWriter"/> writes back into a <see cref="GraphSnapshot"/>:
/// one string per distinct text, one list per distinct evidence list, one object per item; the
/// search forms and the adjacency are taken as stored, and a relation's ends are its entities' own
/// ID strings. Every index and enum value is checked,
/// so a damaged file fails with <see cref="InvalidDataException"/> (the hash, checked after, catches
/// the rest).
/// </summary>
internal sealed class SnapshotFileReader
{
    /// <summary>Entity flag: a description follows.</summary>
    public const byte HasDescription = 1;

    /// <summary>Entity flag: a location follows.</summary>
    public const byte HasLocation = 2;

    // Smallest encodings, for checking counts against the bytes left.
    private const int MinimumEntitySize = 4 + 1 + 4 + 4 + 4 + 1 + 1 + 4 + 4;
    private const int MinimumRelationSize = 4 + 1 + 4 + 4 + 4 + 8 + 4;
    private const int MinimumSearchFormSize = (4 * 3) + 1 + 4;
    private const int MinimumIndicatorSize = (4 * 3) + 8 + (4 * 5) + 1 + 4;

    private static readonly int s_entityKinds = Enum.GetValues<EntityKind>().Length;
    private static readonly int s_relationTypes = Enum.GetValues<RelationType>().Length;
    private static readonly int s_precisions = Enum.GetValues<LocationPrecision>().Length;

    private readonly HashedReader _input;

    // Equal attribute records (most companies have the same size and no website) are shared.
    private readonly Dictionary<EntityAttributes, EntityAttributes> _attributes = [];
    private string[] _strings = [];
    private IReadOnlyList<Evidence>[] _evidenceLists = [];

    private SnapshotFileReader(HashedReader input) => _input = input;

    public static GraphSnapshot Read(HashedReader input, long version)
    {
        var reader = new SnapshotFileReader(input);
        reader.ReadTables();
        Source[] sources = reader.ReadSources();
        Entity[] entities = reader.ReadEntities();
        SearchForm[][] searchForms = reader.ReadSearchForms(entities.Length);
        var adjacency = new AdjacencyArrays(
            input.ReadInt32s(), input.ReadInt32s(), input.ReadInt32s(), input.ReadInt32s(), input.ReadInt32s(), input.ReadInt32s(), input.ReadInt32s());
        adjacency.Check(entities.Length, adjacency.RelationFrom.Length);
        Relation[] relations = reader.ReadRelations(entities, adjacency);
        return GraphSnapshot.FromStored(version, sources, entities, relations, adjacency, searchForms);
    }

    private void ReadTables()
    {
        _strings = new string[_input.ReadCount(4)];
        for (int i = 0; i < _strings.Length; i++)
        {
            _strings[i] = _input.ReadString();
        }

        _evidenceLists = new IReadOnlyList<Evidence>[_input.ReadCount(4)];
        for (int i = 0; i < _evidenceLists.Length; i++)
        {
            var list = new Evidence[_input.ReadCount(8)];
            for (int j = 0; j < list.Length; j++)
            {
                list[j] = new Evidence(RequiredText(), Text());
            }

            _evidenceLists[i] = list;
        }
    }

    private Source[] ReadSources()
    {
        var sources = new Source[_input.ReadCount(4)];
        var pool = new RowInterner();
        for (int i = 0; i < sources.Length; i++)
        {
            sources[i] = ModelJsonReader.ReadSource(Encoding.UTF8.GetBytes(RequiredText()), pool);
        }

        return sources;
    }

    private Entity[] ReadEntities()
    {
        var entities = new Entity[_input.ReadCount(MinimumEntitySize)];
        for (int i = 0; i < entities.Length; i++)
        {
            entities[i] = ReadEntity();
        }

        return entities;
    }

    private Entity ReadEntity()
    {
        string id = _input.ReadString();
        var kind = (EntityKind)Enumerated(s_entityKinds);
        var names = new LocalizedText(Text(), Text());
        int aliasCount = _input.ReadCount(4);
        IReadOnlyList<string> aliases = [];
        if (aliasCount > 0)
        {
            string[] list = new string[aliasCount];
            for (int a = 0; a < list.Length; a++)
            {
                list[a] = RequiredText();
            }

            aliases = list;
        }

        byte flags = _input.ReadByte();
        LocalizedText? description = (flags & HasDescription) != 0 ? new LocalizedText(Text(), Text()) : null;
        GeoPoint? location = null;
        if ((flags & HasLocation) != 0)
        {
            double lat = _input.ReadDouble(), lon = _input.ReadDouble();
            location = new GeoPoint(lat, lon, (LocationPrecision)Enumerated(s_precisions));
        }

        EntityAttributes? attributes = ReadAttributes();
        int indicatorCount = _input.ReadCount(MinimumIndicatorSize);
        IReadOnlyList<Indicator> indicators = [];
        if (indicatorCount > 0)
        {
            var list = new Indicator[indicatorCount];
            for (int n = 0; n < list.Length; n++)
            {
                list[n] = ReadIndicator();
            }

            indicators = list;
        }

        return new Entity(id, kind, names)
        {
            Aliases = aliases,
            Description = description,
            Location = location,
            Attributes = attributes,
            Indicators = indicators,
            Evidence = EvidenceList(),
        };
    }

    private Indicator ReadIndicator()
    {
        string key = RequiredText();
        var name = new LocalizedText(Text(), Text());
        double value = _input.ReadDouble();
        return new Indicator(key, name, value)
        {
            Unit = Text(),
            Qualifier = Text(),
            About = Text(),
            Date = Date(),
            Period = Text(),
            Target = _input.ReadByte() != 0,
            Evidence = EvidenceList(),
        };
    }

    private EntityAttributes? ReadAttributes()
    {
        EntityAttributes? attributes = _input.ReadByte() switch
        {
            0 => null,
            1 => new RegionAttributes((RegionLevel)Enumerated(Enum.GetValues<RegionLevel>().Length), Text()),
            2 => new ComplexAttributes((ComplexKind)Enumerated(Enum.GetValues<ComplexKind>().Length)),
            3 => new CompanyAttributes((CompanySize)Enumerated(Enum.GetValues<CompanySize>().Length), Text()),
            4 => new InstituteAttributes((InstituteKind)Enumerated(Enum.GetValues<InstituteKind>().Length), Text()),
            5 => new StageAttributes(_input.ReadInt32(), Text()),
            6 => new InitiativeAttributes((InitiativeKind)Enumerated(Enum.GetValues<InitiativeKind>().Length), Date(), Date(), Text()),
            _ => throw new InvalidDataException("The snapshot file holds unknown attributes."),
        };
        if (attributes is null)
        {
            return null;
        }

        if (_attributes.TryGetValue(attributes, out EntityAttributes? shared))
        {
            return shared;
        }

        _attributes[attributes] = attributes;
        return attributes;
    }

    private SearchForm[][] ReadSearchForms(int entityCount)
    {
        var all = new SearchForm[entityCount][];
        for (int e = 0; e < all.Length; e++)
        {
            var forms = new SearchForm[_input.ReadCount(MinimumSearchFormSize)];
            for (int f = 0; f < forms.Length; f++)
            {
                string original = RequiredText(), folded = RequiredText(), choseong = RequiredText();
                bool isName = _input.ReadByte() != 0;
                int words = _input.ReadCount(4);
                ushort[] wordEnds = words == 0 ? [] : new ushort[words];
                for (int w = 0; w < wordEnds.Length; w++)
                {
                    int end = _input.ReadInt32();
                    wordEnds[w] = end >= 0 && end <= folded.Length ? (ushort)end : throw Damaged();
                }

                forms[f] = new SearchForm(original, folded, choseong, wordEnds, isName);
            }

            all[e] = forms;
        }

        return all;
    }

    private Relation[] ReadRelations(Entity[] entities, AdjacencyArrays adjacency)
    {
        var relations = new Relation[_input.ReadCount(MinimumRelationSize)];
        if (relations.Length != adjacency.RelationFrom.Length)
        {
            throw new InvalidDataException("The stored adjacency does not fit the stored relations.");
        }

        for (int r = 0; r < relations.Length; r++)
        {
            string id = _input.ReadString();
            var type = (RelationType)Enumerated(s_relationTypes);
            relations[r] = new Relation(id, type, entities[adjacency.RelationFrom[r]].Id, entities[adjacency.RelationTo[r]].Id)
            {
                Role = Text(),
                Since = Date(),
                Until = Date(),
                Confidence = _input.ReadDouble(),
                Evidence = EvidenceList(),
            };
        }

        return relations;
    }

    private int Enumerated(int count)
    {
        byte value = _input.ReadByte();
        return value < count ? value : throw new InvalidDataException("The snapshot file holds an unknown enum value.");
    }

    private string? Text()
    {
        int index = _input.ReadInt32();
        return index == -1 ? null : (uint)index < (uint)_strings.Length ? _strings[index] : throw Damaged();
    }

    private string RequiredText() => Text() ?? throw Damaged();

    private IReadOnlyList<Evidence> EvidenceList()
    {
        int index = _input.ReadInt32();
        return index == -1 ? [] : (uint)index < (uint)_evidenceLists.Length ? _evidenceLists[index] : throw Damaged();
    }

    private DateOnly? Date()
    {
        int day = _input.ReadInt32();
        return day == -1 ? null
            : day >= DateOnly.MinValue.DayNumber && day <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber(day)
            : throw Damaged();
    }

    private static InvalidDataException Damaged() => new("The snapshot file holds an index out of range.");
}
