using System.Text;
using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragment spreads must not form cycles
/// (https://spec.graphql.org/October2021/#sec-Fragment-spreads-must-not-form-cycles):
/// "For each fragmentDefinition in the document: Let visited be the empty set.
/// DetectFragmentCycles(fragmentDefinition, visited)". A depth-first search as graphql-js's, with an
/// explicit stack so a long chain of fragments cannot overflow the call stack.
/// </summary>
public sealed class NoFragmentCyclesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition);
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            DetectCycles(fragment);
        }

        return false;
    }

    private void DetectCycles(FragmentDefinitionNode start)
    {
        var frames = new Stack<Frame>();
        if (!TryOpen(start, frames))
        {
            return;
        }

        while (frames.TryPeek(out Frame? frame) && !Context.IsAborted)
        {
            if (frame.Next < frame.Spreads.Count)
            {
                FragmentSpreadNode spread = frame.Spreads[frame.Next++];
                string spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                if (_pathIndexByName.TryGetValue(spreadName, out int cycleIndex))
                {
                    ReportCycle(spreadName, cycleIndex);
                    _spreadPath.RemoveAt(_spreadPath.Count - 1);
                }
                else if (Context.GetFragment(spreadName) is not { } target || !TryOpen(target, frames))
                {
                    _spreadPath.RemoveAt(_spreadPath.Count - 1);
                }

                continue;
            }

            frames.Pop();
            _pathIndexByName.Remove(frame.Name);
            if (frames.Count > 0)
            {
                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }
        }
    }

    /// <summary>Starts the search in a fragment; false when it was searched before or spreads nothing.</summary>
    private bool TryOpen(FragmentDefinitionNode fragment, Stack<Frame> frames)
    {
        string name = fragment.Name.Value;
        if (!_visited.Add(name))
        {
            return false;
        }

        IReadOnlyList<FragmentSpreadNode> spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return false;
        }

        _pathIndexByName[name] = _spreadPath.Count;
        frames.Push(new Frame(name, spreads));
        return true;
    }

    private void ReportCycle(string spreadName, int cycleIndex)
    {
        var cycle = new List<SyntaxNode>(_spreadPath.Count - cycleIndex);
        var via = new StringBuilder();
        for (int i = cycleIndex; i < _spreadPath.Count; i++)
        {
            cycle.Add(_spreadPath[i]);
            if (i < _spreadPath.Count - 1)
            {
                if (via.Length > 0)
                {
                    via.Append(", ");
                }

                via.Append('"').Append(_spreadPath[i].Name.Value).Append('"');
            }
        }

        string suffix = via.Length > 0 ? $" via {via}." : ".";
        Context.Report($"Cannot spread fragment \"{spreadName}\" within itself" + suffix, cycle);
    }

    private sealed class Frame(string name, IReadOnlyList<FragmentSpreadNode> spreads)
    {
        public string Name { get; } = name;

        public IReadOnlyList<FragmentSpreadNode> Spreads { get; } = spreads;

        public int Next { get; set; }
    }
}
