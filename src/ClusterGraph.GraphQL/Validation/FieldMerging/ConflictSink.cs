namespace ClusterGraph.GraphQL.Validation.FieldMerging;

/// <summary>
/// Where found conflicts go: reported at once for a selection set's own conflicts (so the error limit
/// stops a flood of them early, in the order graphql-js would report them), collected for subfields.
/// </summary>
internal sealed class ConflictSink(Action<FieldConflict>? report)
{
    public List<FieldConflict> Collected { get; } = [];

    public void Add(FieldConflict conflict)
    {
        if (report is null)
        {
            Collected.Add(conflict);
        }
        else
        {
            report(conflict);
        }
    }
}
