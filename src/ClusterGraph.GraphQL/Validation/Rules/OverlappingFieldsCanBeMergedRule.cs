using System.Text;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Validation.FieldMerging;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Field Selection Merging (https://spec.graphql.org/October2021/#sec-Field-Selection-Merging):
/// "For each selection set set in the document: FieldsInSetCanMerge(set) must be true." — "Let fieldsForName
/// be the set of selections with a given response name in set including visiting fragments and inline
/// fragments. Given each pair of members fieldA and fieldB in fieldsForName: SameResponseShape(fieldA,
/// fieldB) must be true. If the parent types of fieldA and fieldB are equal or if either is not an Object
/// Type: fieldA and fieldB must have identical field names. fieldA and fieldB must have identical sets of
/// arguments. Let mergedSet be the result of adding the selection set of fieldA and the selection set of
/// fieldB. FieldsInSetCanMerge(mergedSet) must be true."
/// Conflicts are reported pairwise, as graphql-js reports them; see <see cref="FieldConflictFinder"/> for
/// how repeated fields stay linear.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.SelectionSet);
    private readonly FieldConflictFinder _finder;
    private readonly ConflictSink _sink;
    private bool _stopped;

    public OverlappingFieldsCanBeMergedRule(ValidationContext context)
        : base(context)
    {
        _finder = new FieldConflictFinder(context);
        _sink = new ConflictSink(Report);
    }

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        if (_stopped)
        {
            return false;
        }

        _finder.FindConflictsWithinSelectionSet(Context.ParentType, (SelectionSetNode)node, _sink);
        if (_finder.LimitExceeded)
        {
            _stopped = true;
            Context.Report(
                $"Checking that the document's fields can be merged needs more than {Context.Options.MaxOverlapComparisons} field comparisons or nests too deeply. Validation of field merging aborted.",
                node);
            return false;
        }

        return true;
    }

    private void Report(FieldConflict conflict)
    {
        var message = new StringBuilder("Fields \"").Append(conflict.ResponseName).Append("\" conflict because ");
        conflict.Reason.AppendTo(message);
        message.Append(". Use different aliases on the fields to fetch both if this was intentional.");
        var nodes = new List<SyntaxNode>(conflict.Fields1.Count + conflict.Fields2.Count);
        nodes.AddRange(conflict.Fields1);
        nodes.AddRange(conflict.Fields2);
        Context.Report(message.ToString(), nodes);
    }
}
