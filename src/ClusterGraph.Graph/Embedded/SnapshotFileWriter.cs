using ClusterGraph.Graph.Model;

namespace ClusterGraph.Graph.Embedded;

/// <summary>
/// Writes a snapshot's payload (the layout <see cref="SnapshotFileReader"/> reads): a table of the
/// distinct strings other than IDs, a table of the evidence lists, the sources (as their JSON rows,
/// being few), the entities in binary with strings and evidence lists as indices into the tables
/// (-1 for null or empty), each entity's search forms (folding names costs more than reading them),
/// the adjacency arrays, then the relations, whose ends are the entity indices the adjacency holds.
/// IDs are unique, so they are written in place; repeated texts once, so the reader shares them as
/// the loaded snapshot did (a name and its folded form, the ends of relations and the entity's ID).
/// </summary>
internal sealed class SnapshotFileWriter
{
    private readonly HashedWriter _output;
    private readonly Dictionary<string, int> _strings;
    private readonly Dictionary<IReadOnlyList<Evidence>, int> _evidenceLists = new(ReferenceEqualityComparer.Instance);

    // Names and their search forms make about four strings per entity.
    private SnapshotFileWriter(HashedWriter output, int entityCount)
    {
        _output = output;
        _strings = new Dictionary<string, int>(entityCount * 4, StringComparer.Ordinal);
    }

    public static void Write(HashedWriter output, GraphSnapshot snapshot)
    {
        var writer = new SnapshotFileWriter(output, snapshot.Entities.Length);
        writer.Collect(snapshot);
        writer.WriteTables();
        writer.WriteItems(snapshot);
    }

    // First pass: number every distinct string and evidence list, in first-seen order.
    private void Collect(GraphSnapshot snapshot)
    {
        foreach (Source source in snapshot.SourcesById)
        {
            Note(ModelJson.Write(source));
        }

        foreach (Entity entity in snapshot.Entities)
        {
            Note(entity.Names.Ko);
            Note(entity.Names.En);
            foreach (string alias in entity.Aliases)
            {
                Note(alias);
            }

            Note(entity.Description?.Ko);
            Note(entity.Description?.En);
            switch (entity.Attributes)
            {
                case RegionAttributes region: Note(region.Code); break;
                case CompanyAttributes company: Note(company.Website); break;
                case InstituteAttributes institute: Note(institute.Website); break;
                case StageAttributes stage: Note(stage.IndustryId); break;
                case InitiativeAttributes initiative: Note(initiative.Period); break;
                default: break;
            }

            foreach (Indicator indicator in entity.Indicators)
            {
                foreach (string? text in new[] { indicator.Key, indicator.Name.Ko, indicator.Name.En, indicator.Unit, indicator.Qualifier, indicator.About, indicator.Period })
                {
                    Note(text);
                }

                Note(indicator.Evidence);
            }

            Note(entity.Evidence);
        }

        foreach (SearchForm[] forms in snapshot.SearchForms)
        {
            foreach (SearchForm form in forms)
            {
                Note(form.Original);
                Note(form.Folded);
                Note(form.Choseong);
            }
        }

        foreach (Relation relation in snapshot.Relations)
        {
            Note(relation.Role);
            Note(relation.Evidence);
        }
    }

    private void Note(string? text)
    {
        if (text is not null)
        {
            _strings.TryAdd(text, _strings.Count);
        }
    }

    private void Note(IReadOnlyList<Evidence> evidence)
    {
        if (evidence.Count > 0 && _evidenceLists.TryAdd(evidence, _evidenceLists.Count))
        {
            foreach (Evidence item in evidence)
            {
                Note(item.SourceId);
                Note(item.Quote);
            }
        }
    }

    private void WriteTables()
    {
        _output.WriteInt32(_strings.Count);
        foreach (string text in _strings.Keys)
        {
            _output.WriteString(text);
        }

        _output.WriteInt32(_evidenceLists.Count);
        foreach (IReadOnlyList<Evidence> list in _evidenceLists.Keys)
        {
            _output.WriteInt32(list.Count);
            foreach (Evidence item in list)
            {
                Text(item.SourceId);
                Text(item.Quote);
            }
        }
    }

    private void WriteItems(GraphSnapshot snapshot)
    {
        _output.WriteInt32(snapshot.SourcesById.Length);
        foreach (Source source in snapshot.SourcesById)
        {
            Text(ModelJson.Write(source));
        }

        _output.WriteInt32(snapshot.Entities.Length);
        foreach (Entity entity in snapshot.Entities)
        {
            WriteEntity(entity);
        }

        foreach (SearchForm[] forms in snapshot.SearchForms)
        {
            _output.WriteInt32(forms.Length);
            foreach (SearchForm form in forms)
            {
                Text(form.Original);
                Text(form.Folded);
                Text(form.Choseong);
                _output.WriteByte(form.IsName ? (byte)1 : (byte)0);
                _output.WriteInt32(form.WordEnds.Length);
                foreach (ushort end in form.WordEnds)
                {
                    _output.WriteInt32(end);
                }
            }
        }

        // The adjacency before the relations: their ends are written as entity indices.
        AdjacencyArrays adjacency = snapshot.Adjacency;
        foreach (int[] array in new[] { adjacency.RelationFrom, adjacency.RelationTo, adjacency.OutStart, adjacency.OutRelations, adjacency.InStart, adjacency.InRelations, adjacency.IdRank })
        {
            _output.WriteInt32s(array);
        }

        _output.WriteInt32(snapshot.Relations.Length);
        foreach (Relation relation in snapshot.Relations)
        {
            _output.WriteString(relation.Id);
            _output.WriteByte((byte)relation.Type);
            Text(relation.Role);
            Date(relation.Since);
            Date(relation.Until);
            _output.WriteDouble(relation.Confidence);
            Evidence(relation.Evidence);
        }
    }

    private void WriteEntity(Entity entity)
    {
        _output.WriteString(entity.Id);
        _output.WriteByte((byte)entity.Kind);
        Text(entity.Names.Ko);
        Text(entity.Names.En);
        _output.WriteInt32(entity.Aliases.Count);
        foreach (string alias in entity.Aliases)
        {
            Text(alias);
        }

        _output.WriteByte((byte)((entity.Description is null ? 0 : SnapshotFileReader.HasDescription) | (entity.Location is null ? 0 : SnapshotFileReader.HasLocation)));
        if (entity.Description is LocalizedText description)
        {
            Text(description.Ko);
            Text(description.En);
        }

        if (entity.Location is GeoPoint location)
        {
            _output.WriteDouble(location.Lat);
            _output.WriteDouble(location.Lon);
            _output.WriteByte((byte)location.Precision);
        }

        WriteAttributes(entity.Attributes);
        _output.WriteInt32(entity.Indicators.Count);
        foreach (Indicator indicator in entity.Indicators)
        {
            Text(indicator.Key);
            Text(indicator.Name.Ko);
            Text(indicator.Name.En);
            _output.WriteDouble(indicator.Value);
            Text(indicator.Unit);
            Text(indicator.Qualifier);
            Text(indicator.About);
            Date(indicator.Date);
            Text(indicator.Period);
            _output.WriteByte(indicator.Target ? (byte)1 : (byte)0);
            Evidence(indicator.Evidence);
        }

        Evidence(entity.Evidence);
    }

    private void WriteAttributes(EntityAttributes? attributes)
    {
        switch (attributes)
        {
            case null:
                _output.WriteByte(0);
                break;
            case RegionAttributes region:
                _output.WriteByte(1);
                _output.WriteByte((byte)region.Level);
                Text(region.Code);
                break;
            case ComplexAttributes complex:
                _output.WriteByte(2);
                _output.WriteByte((byte)complex.ComplexKind);
                break;
            case CompanyAttributes company:
                _output.WriteByte(3);
                _output.WriteByte((byte)company.Size);
                Text(company.Website);
                break;
            case InstituteAttributes institute:
                _output.WriteByte(4);
                _output.WriteByte((byte)institute.InstituteKind);
                Text(institute.Website);
                break;
            case StageAttributes stage:
                _output.WriteByte(5);
                _output.WriteInt32(stage.Order);
                Text(stage.IndustryId);
                break;
            case InitiativeAttributes initiative:
                _output.WriteByte(6);
                _output.WriteByte((byte)initiative.InitiativeKind);
                Date(initiative.Date);
                Date(initiative.EndDate);
                Text(initiative.Period);
                break;
            default:
                throw new InvalidOperationException($"No snapshot encoding for {attributes.GetType().Name}.");
        }
    }

    private void Text(string? text) => _output.WriteInt32(text is null ? -1 : _strings[text]);

    private void Evidence(IReadOnlyList<Evidence> evidence) => _output.WriteInt32(evidence.Count == 0 ? -1 : _evidenceLists[evidence]);

    private void Date(DateOnly? date) => _output.WriteInt32(date is DateOnly day ? day.DayNumber : -1);
}
