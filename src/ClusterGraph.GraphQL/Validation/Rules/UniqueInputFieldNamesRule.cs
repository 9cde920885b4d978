using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Input Object Field Uniqueness (https://spec.graphql.org/October2021/#sec-Input-Object-Field-Uniqueness):
/// "For each input object value objectValue in the document: For every inputField in objectValue: Let name
/// be the Name of inputField. Let fields be all Input Object Fields named name in objectValue. fields must
/// be the set containing only inputField." Checked field by field as the walk meets them, so errors keep
/// their document order among the other rules' errors.
/// </summary>
public sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.ObjectValue, SyntaxKind.ObjectField);
    private static readonly KindSet s_leave = KindSet.Of(SyntaxKind.ObjectValue);
    private readonly Stack<Dictionary<string, NameNode>> _enclosing = new();
    private Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override KindSet EnterKinds => s_enter;

    public override KindSet LeaveKinds => s_leave;

    public override bool Enter(SyntaxNode node)
    {
        if (node is ObjectValueNode)
        {
            _enclosing.Push(_known);
            _known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            return true;
        }

        NameNode name = ((ObjectFieldNode)node).Name;
        if (_known.TryGetValue(name.Value, out NameNode? first))
        {
            Context.Report($"There can be only one input field named \"{name.Value}\".", first, name);
        }
        else
        {
            _known[name.Value] = name;
        }

        return true;
    }

    public override void Leave(SyntaxNode node) => _known = _enclosing.Pop();
}
