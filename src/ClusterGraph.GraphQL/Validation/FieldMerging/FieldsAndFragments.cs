using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.FieldMerging;

/// <summary>
/// The fields of a selection set by response name (inline fragments flattened, in first-seen order) and
/// the names of the fragments it spreads directly; graphql-js's "field map and fragment names".
/// </summary>
internal sealed class FieldsAndFragments
{
    public List<string> ResponseNames { get; } = [];

    public Dictionary<string, List<FieldEntry>> FieldsByName { get; } = new(StringComparer.Ordinal);

    public List<string> FragmentNames { get; } = [];

    public void AddField(string responseName, FieldEntry entry)
    {
        if (!FieldsByName.TryGetValue(responseName, out List<FieldEntry>? fields))
        {
            fields = [];
            FieldsByName[responseName] = fields;
            ResponseNames.Add(responseName);
        }

        fields.Add(entry);
    }

    public void AddFragment(string name, HashSet<string> seen)
    {
        if (seen.Add(name))
        {
            FragmentNames.Add(name);
        }
    }
}
